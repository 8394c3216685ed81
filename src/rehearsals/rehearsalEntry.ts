// Turns a finished, scored drill into the entry the rehearsal log keeps: who, when, the record to replay it and
// the score with a small summary. The record's events are left out: replaying its orders on the seed makes them again.
import type { ReviewData } from '../review/reviewData.ts';
import type { DrillScore } from '../sim/index.ts';
import type { Rehearsal, RehearsalSummary } from './rehearsalSchema.ts';
import { rehearsalSchemaVersion } from './rehearsalSchema.ts';

/** The summary of a score and the drill's toll; a capability where nothing applied has a null share. */
export function summarise(score: DrillScore, toll: { deadCount: number; injuredCount: number; missingCount: number }): RehearsalSummary {
  return {
    total: score.total,
    conclusion: score.conclusion,
    vetoes: score.vetoes.map((v) => v.veto),
    capabilities: score.capabilities.map((c) => ({ id: c.id, nameZh: c.nameZh, nameEn: c.nameEn, share: c.possible > 0 ? Math.min(1, c.earned / c.possible) : null, rating: c.rating })),
    deadCount: toll.deadCount,
    injuredCount: toll.injuredCount,
    missingCount: toll.missingCount,
    findings: score.findings.map((f) => ({ item: f.item, owner: f.owner })),
  };
}

/** A fresh id: the finishing time in base 36 and 48 random bits, so ids sort roughly by time and never collide in practice. */
export function newRehearsalId(finishedAt: string): string {
  const bits = crypto.getRandomValues(new Uint8Array(6));
  const random = [...bits].map((b) => b.toString(16).padStart(2, '0')).join('');
  const ms = Date.parse(finishedAt);
  return `r-${(Number.isFinite(ms) ? ms : 0).toString(36)}-${random}`;
}

/** The entry for a finished drill. Plain data only (no world, no state), so it can be stored and exported as JSON. */
export function rehearsalEntry(data: ReviewData, id: string = newRehearsalId(data.finishedAt)): Rehearsal {
  const { scenario } = data.world.drill;
  const { casualties } = data.state;
  return {
    schemaVersion: rehearsalSchemaVersion,
    id,
    scenarioId: scenario.id,
    titleZh: scenario.titleZh,
    titleEn: scenario.titleEn,
    finishedAt: data.finishedAt,
    mode: data.mode,
    team: data.team,
    seed: data.record.seed,
    record: structuredClone({ ...data.record, events: [] }),
    score: structuredClone(data.score),
    summary: summarise(data.score, casualties),
  };
}
