// Everything the measures read: the drill, its record, the rubric, the truth as it unfolded, the reporting audit,
// and a replay to look at the state at any moment (all pure and deterministic).
import type { Drill } from '../scenario/loadDrill.ts';
import type { DrillRecord } from '../record.ts';
import type { SimState } from '../state/simState.ts';
import type { IncidentReporting } from './reportAudit.ts';
import type { Rubric } from './rubricSchema.ts';
import type { IncidentTruth } from './truthTimeline.ts';

export interface ScoringContext {
  drill: Drill;
  record: DrillRecord;
  rubric: Rubric;
  truths: Map<string, IncidentTruth>;
  reporting: IncidentReporting[];
  /** The state of the drill at `timeS`, by replaying the record. */
  stateAt(timeS: number): SimState;
  /** The toll of the same scenario and seed with no orders at all, when the caller ran it. */
  baselineHarm: number | null;
  /** The toll of the scenario's reference plan on the same seed, when the caller ran it. */
  planHarm: number | null;
  /** The dead of the no-response run, when the caller ran it. */
  baselineDeaths: number | null;
  /** The record of the reference plan on the same seed, when the caller ran it: the yardstick of proportion. */
  planRecord: DrillRecord | null;
  /** The team a role rubric judges alone (a micro-drill's trainee); null for a township's score sheet. */
  role: string | null;
}

export interface Finding {
  item: string;
  /** The rule broken and the figures behind it (what was measured, the threshold; ids of incidents, teams and
   *  villages), worded in any language by src/i18n (findingText). The core keeps no words. */
  code: string;
  params: Record<string, string | number>;
  /** The team responsible for the corrective action (五落实: 责任). */
  owner: string;
  deadlineDays: number;
}

export interface MeasureResult {
  /** False when the drill gave no occasion for this (no incident, nobody at risk …): the item then counts for nothing. */
  applicable: boolean;
  /** Share of the item's points earned, 0–1. */
  share: number;
  findings: Finding[];
}

export const notApplicable: MeasureResult = { applicable: false, share: 0, findings: [] };

export function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

/** Harm weighed for comparing runs: a death or a missing person counts as ten injuries. */
export function harmOf(toll: { deadCount: number; injuredCount: number; missingCount: number }): number {
  return 10 * toll.deadCount + 10 * toll.missingCount + toll.injuredCount;
}
