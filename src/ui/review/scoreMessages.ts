// What the page and the scoring worker say to each other.
import type { DrillSeries } from '../../review/drillSeries.ts';
import type { DrillRecord, DrillScore } from '../../sim/index.ts';

export interface ScoreRequest { scenarioPath: string; record: DrillRecord }

export type ScoreReply = { ok: true; score: DrillScore; series: DrillSeries } | { ok: false; message: string };

export type ScoredDrill = Extract<ScoreReply, { ok: true }>;
