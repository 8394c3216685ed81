// 销号 in the app: an item of the ledger this browser keeps, closed with evidence and a rehearsal from the app's log
// as its verification drill. The rehearsal is scored again from the replay of its orders on its scenario (`score`:
// the scoring worker in the browser, scoreRequest in Node), so the score it keeps counts for nothing.
import type { Rehearsal } from '../rehearsals/rehearsalSchema.ts';
import { scoreFromOrders } from '../rehearsals/rescoreEntries.ts';
import type { ScoreReply, ScoreRequest } from '../review/scoreRequest.ts';
import type { Conclusion, Drill, HazardEffect, HazardItem } from '../sim/index.ts';
import type { StaysOpen } from './verificationDrill.ts';
import { closeInLedger, declaredChanges, mayVerify, verificationDrill } from './verificationDrill.ts';

/** A scenario of this DrillHall by id: its file and its content. */
export type ScenarioOf = (scenarioId: string) => { path: string; scenario: Drill['scenario'] } | undefined;

/** The day a rehearsal finished, as the ledger writes days. */
const finishedOn = (r: Rehearsal): string => r.finishedAt.slice(0, 10);

/** The rehearsals that could verify `item`: of a scenario with an incident of its factor, run on or after the day it was found; newest first. */
export function verificationChoices(item: HazardItem, rehearsals: readonly Rehearsal[], scenarioOf: ScenarioOf): Rehearsal[] {
  return rehearsals.filter((r) => {
    const scenario = scenarioOf(r.scenarioId)?.scenario;
    return scenario !== undefined && mayVerify(item, verificationDrill(scenario, finishedOn(r), 'fail'));
  }).sort((a, b) => b.finishedAt.localeCompare(a.finishedAt));
}

/** Closed (with the replay's total and conclusion), or why it stays open; `problem` says why a rehearsal could not be scored again. */
export type Closing =
  | { ok: true; items: HazardItem[]; item: HazardItem; total: number; conclusion: Conclusion }
  | { ok: false; reason: StaysOpen; total?: number }
  | { ok: false; reason: 'not-rescored'; problem: string };

export interface CloseWithRehearsal {
  items: readonly HazardItem[];
  /** The township's declared hazard effects: a rehearsal's recorded hazards must be these. */
  effects: readonly HazardEffect[];
  number: string;
  evidence: readonly string[];
  /** The verification drill chosen from the log, or null when none was. */
  rehearsal: Rehearsal | null;
  scenarioOf: ScenarioOf;
  score: (request: ScoreRequest) => Promise<ScoreReply>;
}

/** Closes the item only if the rule of 不解决不销号 holds; what needs no scoring (evidence, a drill chosen) is checked first. */
export async function closeWithRehearsal(options: CloseWithRehearsal): Promise<Closing> {
  const { items, number, evidence, rehearsal } = options;
  const unverified = closeInLedger(items, number, evidence, null);
  if (!unverified.ok && unverified.reason !== 'no-verification-drill') return unverified;
  if (rehearsal === null) return { ok: false, reason: 'no-verification-drill' };
  if (!declaredChanges(rehearsal.record, items, options.effects)) return { ok: false, reason: 'drill-changed-undeclared' };
  const scenario = options.scenarioOf(rehearsal.scenarioId);
  if (!scenario) return { ok: false, reason: 'not-rescored', problem: `there is no scenario "${rehearsal.scenarioId}" in this DrillHall` };
  const scored = await scoreFromOrders(options.score, scenario.path, rehearsal.record);
  if (!scored.ok) return { ok: false, reason: 'not-rescored', problem: scored.problem };
  const { total, conclusion } = scored.score;
  const closed = closeInLedger(items, number, evidence, verificationDrill(scenario.scenario, finishedOn(rehearsal), conclusion));
  return closed.ok ? { ...closed, total, conclusion } : { ...closed, total };
}
