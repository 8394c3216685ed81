// People breathing a toxic plume at a site (a village's houses, a shelter, responders on scene): each point's indoor
// air, the toxic load of those outdoors and indoors, and the harm it does (probit deaths, AEGL-anchored injuries).
import type { AeglGas } from '../../models/aegl.ts';
import { aeglInjuryShare, aeglSevereShare } from '../../models/aegl.ts';
import { indoorConcentrationAfter, indoorConcentrationMean } from '../../models/indoorAir.ts';
import { lethalityProbability, toxicLoadIncrement } from '../../models/toxicLoad.ts';

/** Per point of a site, plain arrays (saved with the sim state): the loads, and the shares injured and severe so far. */
export interface ExposureSite {
  indoorPpm: number[];
  loadOutdoorsPpm2Min: number[];
  loadIndoorsPpm2Min: number[];
  injuredOutdoors: number[];
  injuredIndoors: number[];
  severeOutdoors: number[];
  severeIndoors: number[];
  /** Minutes since the gas first reached the point. */
  exposedMin: number[];
}

export function newExposureSite(pointCount: number): ExposureSite {
  const zeros = () => Array<number>(pointCount).fill(0);
  return {
    indoorPpm: zeros(), loadOutdoorsPpm2Min: zeros(), loadIndoorsPpm2Min: zeros(), injuredOutdoors: zeros(), injuredIndoors: zeros(),
    severeOutdoors: zeros(), severeIndoors: zeros(), exposedMin: zeros(),
  };
}

/** Expected people newly dead, newly injured and newly severe (the dead among both): fractions of people. */
export interface Harm { dead: number; injured: number; severe: number }

export const noHarm = (): Harm => ({ dead: 0, injured: 0, severe: 0 });

export interface ExposureStep {
  gas: AeglGas;
  /** Outdoor concentration at each point, ppm. */
  outdoorPpm: readonly number[];
  /** People at the site, spread equally over its points. */
  peopleCount: number;
  /** Share of them outdoors; when sheltered they are all indoors, breathing the house air, doors and windows shut. */
  outdoorShare: number;
  sheltered: boolean;
  airChangesPerHour: { normal: number; sheltered: number };
  dtS: number;
  /** Concentrations below this are taken as none (a trace that harms nobody), ppm. */
  negligiblePpm: number;
}

interface Cohort { load: number; injured: number; severe: number }

function breathe(gas: AeglGas, before: Cohort, addedLoad: number, exposedMin: number, people: number): { after: Cohort; harm: Harm } {
  // Nobody there breathes: an empty site keeps no load for people who arrive later.
  if (addedLoad === 0 || people === 0) return { after: before, harm: noHarm() };
  const load = before.load + addedLoad;
  const after = {
    load,
    injured: Math.max(before.injured, aeglInjuryShare(gas, load, exposedMin)),
    severe: Math.max(before.severe, aeglSevereShare(gas, load, exposedMin)),
  };
  return {
    after,
    harm: {
      dead: people * (lethalityProbability(gas, load) - lethalityProbability(gas, before.load)),
      injured: people * (after.injured - before.injured),
      severe: people * (after.severe - before.severe),
    },
  };
}

/** Advances a site by one step and returns the harm done in it. */
export function exposeSite(site: ExposureSite, step: ExposureStep): Harm {
  const total = noHarm();
  const dtMin = step.dtS / 60;
  const ach = step.sheltered ? step.airChangesPerHour.sheltered : step.airChangesPerHour.normal;
  const perPoint = step.peopleCount / step.outdoorPpm.length;
  const trace = (ppm: number) => (ppm < step.negligiblePpm ? 0 : ppm);
  step.outdoorPpm.forEach((outdoorPpm, k) => {
    const outdoor = trace(outdoorPpm);
    const air = { indoor: site.indoorPpm[k]!, outdoor, airChangesPerHour: ach, dtS: step.dtS };
    if (site.exposedMin[k]! > 0) site.exposedMin[k]! += dtMin;
    if (outdoor === 0 && air.indoor === 0) return;
    const indoorMean = indoorConcentrationMean(air);
    site.indoorPpm[k] = trace(indoorConcentrationAfter(air));
    const exposedMin = site.exposedMin[k] === 0 ? (site.exposedMin[k] = dtMin) : site.exposedMin[k]!;
    const outside = breathe(step.gas, { load: site.loadOutdoorsPpm2Min[k]!, injured: site.injuredOutdoors[k]!, severe: site.severeOutdoors[k]! },
      toxicLoadIncrement(step.gas, step.sheltered ? indoorMean : outdoor, dtMin), exposedMin, perPoint * step.outdoorShare);
    const inside = breathe(step.gas, { load: site.loadIndoorsPpm2Min[k]!, injured: site.injuredIndoors[k]!, severe: site.severeIndoors[k]! },
      toxicLoadIncrement(step.gas, indoorMean, dtMin), exposedMin, perPoint * (1 - step.outdoorShare));
    [site.loadOutdoorsPpm2Min[k], site.injuredOutdoors[k], site.severeOutdoors[k]] = [outside.after.load, outside.after.injured, outside.after.severe];
    [site.loadIndoorsPpm2Min[k], site.injuredIndoors[k], site.severeIndoors[k]] = [inside.after.load, inside.after.injured, inside.after.severe];
    addHarm(total, outside.harm);
    addHarm(total, inside.harm);
  });
  return total;
}

export function addHarm(into: Harm, more: Harm): void {
  into.dead += more.dead;
  into.injured += more.injured;
  into.severe += more.severe;
}
