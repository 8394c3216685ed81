// The course of heat illness in a group over one step: new cases, cases found, heat exhaustion turning into
// heatstroke, cooling on scene, and deaths from heatstroke nobody cooled. Chance comes in as a binomial draw.
import { chanceWithin } from '../../models/heatIllnessRisk.ts';

/** Counts of people in the group by their state (plain JSON). Found heat exhaustion recovers out of the heat. */
export interface HeatCaseCounts {
  healthyCount: number;
  /** Heat exhaustion (先兆/轻症) nobody has noticed: still in the heat, it can become heatstroke. */
  mildUnfoundCount: number;
  mildFoundCount: number;
  /** Heatstroke (热射病) not yet found, found and waiting to be cooled, and cooled on scene. */
  strokeUnfoundCount: number;
  strokeFoundCount: number;
  treatedCount: number;
  deadCount: number;
  /** Everyone who fell ill, and everyone whose illness was or became heatstroke. */
  caseCount: number;
  strokeCount: number;
}

export interface CaseRates {
  onsetPerHour: number;
  strokeShareOfOnset: number;
  toStrokeMeanS: number;
  strokeDeathMeanS: number;
  treatedStrokeFatality: number;
  /** Chance within this step that a case nobody has found is found. */
  findChance: number;
  /** Heatstroke patients that can be cooled in this step (whole patients). */
  coolingCapacity: number;
}

/** The change in the toll: `injured` and `serious` count the living; a death moves a person out of both. */
export interface CaseTollDelta { injuredCount: number; seriousInjuredCount: number; deadCount: number }

export type Binomial = (trials: number, probability: number) => number;

export const noCases = (peopleCount: number): HeatCaseCounts => ({
  healthyCount: peopleCount, mildUnfoundCount: 0, mildFoundCount: 0, strokeUnfoundCount: 0, strokeFoundCount: 0,
  treatedCount: 0, deadCount: 0, caseCount: 0, strokeCount: 0,
});

/**
 * One step of `dtS`: untreated heatstroke kills at 1/strokeDeathMeanS; found heatstroke is cooled up to the capacity
 * (a share still dies); unfound heat exhaustion turns into heatstroke at 1/toStrokeMeanS; cases are found; new cases
 * start. Returns the new counts (only the count fields; the input is not changed), the change in the toll, and how
 * many were cooled.
 */
export function stepCases(counts: HeatCaseCounts, rates: CaseRates, dtS: number, draw: Binomial): { counts: HeatCaseCounts; toll: CaseTollDelta; cooledCount: number } {
  const c: HeatCaseCounts = {
    healthyCount: counts.healthyCount, mildUnfoundCount: counts.mildUnfoundCount, mildFoundCount: counts.mildFoundCount,
    strokeUnfoundCount: counts.strokeUnfoundCount, strokeFoundCount: counts.strokeFoundCount, treatedCount: counts.treatedCount,
    deadCount: counts.deadCount, caseCount: counts.caseCount, strokeCount: counts.strokeCount,
  };
  const deathChance = chanceWithin(3600 / rates.strokeDeathMeanS, dtS);
  const diedUnfound = draw(c.strokeUnfoundCount, deathChance);
  const diedWaiting = draw(c.strokeFoundCount, deathChance);
  c.strokeUnfoundCount -= diedUnfound;
  c.strokeFoundCount -= diedWaiting;
  const cooled = Math.min(c.strokeFoundCount, Math.floor(rates.coolingCapacity));
  const diedCooled = draw(cooled, rates.treatedStrokeFatality);
  c.strokeFoundCount -= cooled;
  c.treatedCount += cooled - diedCooled;
  const worsened = draw(c.mildUnfoundCount, chanceWithin(3600 / rates.toStrokeMeanS, dtS));
  c.mildUnfoundCount -= worsened;
  c.strokeUnfoundCount += worsened;
  const foundMild = draw(c.mildUnfoundCount, rates.findChance);
  const foundStroke = draw(c.strokeUnfoundCount - worsened, rates.findChance);
  c.mildUnfoundCount -= foundMild;
  c.mildFoundCount += foundMild;
  c.strokeUnfoundCount -= foundStroke;
  c.strokeFoundCount += foundStroke;
  const onset = draw(c.healthyCount, chanceWithin(rates.onsetPerHour, dtS));
  const onsetStroke = draw(onset, rates.strokeShareOfOnset);
  c.healthyCount -= onset;
  c.mildUnfoundCount += onset - onsetStroke;
  c.strokeUnfoundCount += onsetStroke;
  const died = diedUnfound + diedWaiting + diedCooled;
  c.deadCount += died;
  c.caseCount += onset;
  c.strokeCount += worsened + onsetStroke;
  return { cooledCount: cooled, counts: c, toll: { injuredCount: onset - died, seriousInjuredCount: worsened + onsetStroke - died, deadCount: died } };
}
