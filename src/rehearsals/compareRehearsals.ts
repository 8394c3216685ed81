// Compares the rehearsals of one scenario, oldest first: the total over time, each capability's share and P/S/M/U
// rating per rehearsal with its change since the one before, the vetoes, and the findings that keep coming back.
// Pure: the same rehearsals give the same comparison.
import type { Conclusion, Rating } from '../sim/index.ts';
import type { VetoId } from '../sim/index.ts';
import { inTimeOrder } from './inTimeOrder.ts';
import type { RecurringFinding } from './recurringFindings.ts';
import { recurringFindings } from './recurringFindings.ts';
import type { Rehearsal } from './rehearsalSchema.ts';

export type Change = 'better' | 'worse' | 'same';

export interface CapabilityCell {
  /** Share of the capability's points earned, 0–1; null when it did not apply or the rubric had no such capability. */
  share: number | null;
  rating: Rating | null;
  /** Against the rehearsal just before; null for the first, or when either share is missing. */
  change: Change | null;
}

export interface CapabilityTrend { id: string; nameZh: string; nameEn: string; cells: CapabilityCell[] }

export interface RehearsalColumn { id: string; finishedAt: string; mode: 'hall' | 'training'; team: string | null; total: number; conclusion: Conclusion; vetoes: VetoId[] }

export interface RehearsalComparison {
  scenarioId: string;
  /** The rehearsals, oldest first; every list below has one entry per rehearsal in this order. */
  rehearsals: RehearsalColumn[];
  totals: number[];
  capabilities: CapabilityTrend[];
  recurring: RecurringFinding[];
}

/** Shares are compared as percentages to one decimal, as the score shows them, so rounding noise is no change. */
function changeOf(before: number | null, now: number | null): Change | null {
  if (before === null || now === null) return null;
  const diff = Math.round(now * 1000) - Math.round(before * 1000);
  return diff > 0 ? 'better' : diff < 0 ? 'worse' : 'same';
}

/** The capabilities in the latest rubric's order, then any only older rehearsals had, in the order first seen. */
function capabilityIds(rehearsals: readonly Rehearsal[]): { id: string; nameZh: string; nameEn: string }[] {
  const seen = new Map<string, { id: string; nameZh: string; nameEn: string }>();
  for (const r of [...rehearsals].reverse()) for (const c of r.summary.capabilities) if (!seen.has(c.id)) seen.set(c.id, { id: c.id, nameZh: c.nameZh, nameEn: c.nameEn });
  const latest = rehearsals.at(-1)?.summary.capabilities.map((c) => c.id) ?? [];
  const older = rehearsals.flatMap((r) => r.summary.capabilities.map((c) => c.id)).filter((id) => !latest.includes(id));
  return [...new Set([...latest, ...older])].map((id) => seen.get(id)!);
}

function trendOf(rehearsals: readonly Rehearsal[], capability: { id: string; nameZh: string; nameEn: string }): CapabilityTrend {
  const cells: CapabilityCell[] = [];
  rehearsals.forEach((r, i) => {
    const found = r.summary.capabilities.find((c) => c.id === capability.id);
    const share = found?.share ?? null;
    cells.push({ share, rating: found?.rating ?? null, change: i === 0 ? null : changeOf(cells[i - 1]!.share, share) });
  });
  return { ...capability, cells };
}

/** The comparison of the given rehearsals of `scenarioId` (others are ignored), oldest first. */
export function compareRehearsals(scenarioId: string, all: readonly Rehearsal[]): RehearsalComparison {
  const rehearsals = inTimeOrder(all.filter((r) => r.scenarioId === scenarioId));
  return {
    scenarioId,
    rehearsals: rehearsals.map((r) => ({ id: r.id, finishedAt: r.finishedAt, mode: r.mode, team: r.team, total: r.summary.total, conclusion: r.summary.conclusion, vetoes: r.summary.vetoes })),
    totals: rehearsals.map((r) => r.summary.total),
    capabilities: capabilityIds(rehearsals).map((c) => trendOf(rehearsals, c)),
    recurring: recurringFindings(rehearsals),
  };
}
