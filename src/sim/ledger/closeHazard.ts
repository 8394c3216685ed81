// 不解决不销号: a hazard is closed (销号) only with evidence of the rectification and a verification drill of its
// factor, run after it was found, that passed. A refusal is a value with its reason, never a throw.
import type { Conclusion } from '../scoring/scoreDrill.ts';
import type { Factor } from '../scenario/vocabulary.ts';
import type { HazardItem } from './hazardItem.ts';

export interface VerificationDrill { scenarioId: string; finishedOn: string; conclusion: Conclusion; factors: readonly Factor[] }

export type CloseRefusal = 'already-closed' | 'no-evidence' | 'no-verification-drill' | 'drill-of-another-factor' | 'drill-before-hazard' | 'drill-failed';

/** The item closed with its verification recorded, or why it stays open. */
export function closeHazard(item: HazardItem, evidence: readonly string[], drill: VerificationDrill | null): { ok: true; item: HazardItem } | { ok: false; reason: CloseRefusal } {
  if (item.status === 'closed') return { ok: false, reason: 'already-closed' };
  const notes = [...item.evidence, ...evidence.map((e) => e.trim()).filter((e) => e !== '')];
  if (notes.length === 0) return { ok: false, reason: 'no-evidence' };
  if (drill === null) return { ok: false, reason: 'no-verification-drill' };
  if (!drill.factors.includes(item.factor)) return { ok: false, reason: 'drill-of-another-factor' };
  if (drill.finishedOn < item.foundOn) return { ok: false, reason: 'drill-before-hazard' };
  if (drill.conclusion === 'fail') return { ok: false, reason: 'drill-failed' };
  return { ok: true, item: { ...item, status: 'closed', evidence: notes, verifiedBy: { scenarioId: drill.scenarioId, finishedOn: drill.finishedOn } } };
}
