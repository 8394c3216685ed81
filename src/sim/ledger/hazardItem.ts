// One hazard of the township's ledger (隐患台账): where it lies, what it could cause, who found it, its five fixes
// (五落实: responsibility, measures, funds, deadline, plan), where its rectification stands, and the evidence.
import { z } from 'zod';
import { Factor, Id, InspectionDomain, NonEmptyText } from '../scenario/vocabulary.ts';

export const hazardLevels = ['general', 'major'] as const;
/** 一般隐患 general, 重大隐患 major. */
export const HazardLevel = z.enum(hazardLevels);
export type HazardLevel = z.infer<typeof HazardLevel>;

export const hazardStatuses = ['open', 'rectifying', 'rectified', 'verified', 'closed', 'reopened'] as const;
/** 未整改 open → 整改中 rectifying → 已整改 rectified → 已验证 verified → 已销号 closed; 重新挂账 reopened. */
export const HazardStatus = z.enum(hazardStatuses);
export type HazardStatus = z.infer<typeof HazardStatus>;

/** A calendar date, YYYY-MM-DD, that exists. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written YYYY-MM-DD' })
  .refine((text) => {
    const [y, m, d] = text.split('-').map(Number) as [number, number, number];
    const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    return y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= (days[m - 1] ?? 0);
  }, { error: 'is not a real date between 1990 and 2100' });

/** A ledger number as townships write them: letters, digits and "-" (YH-2026-001). */
export const HazardNumber = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,39}$/, { error: 'must be letters, digits and "-" (e.g. YH-2026-001)' });

export const HazardItem = z.strictObject({
  id: HazardNumber,
  domain: InspectionDomain,
  /** The map object it lies at: a facility, a road, a village or a named point. */
  place: Id,
  factor: Factor,
  level: HazardLevel,
  descriptionZh: NonEmptyText,
  descriptionEn: z.string().max(4000).default(''),
  /** The task force (专班) or person that found it, as written. */
  foundBy: NonEmptyText,
  foundOn: IsoDate,
  /** 责任: the team (a station, village or enterprise of the map) and the person answerable for it. */
  responsibleTeam: Id,
  responsiblePerson: NonEmptyText,
  /** 措施 and 资金. */
  measuresZh: NonEmptyText,
  fundsYuan: z.number().min(0).max(1e10),
  /** 时限. */
  deadline: IsoDate,
  /** 预案: the contingency plan that covers it, as named in the township's plan list. */
  plan: NonEmptyText,
  status: HazardStatus,
  /** Evidence notes (photos taken, work accepted, …) in the order they were added. */
  evidence: z.array(NonEmptyText).max(50).default([]),
  /** How this hazard, while open, changes a drill where it lies (an effect of scenarios/ledger/effects.json); null if none. */
  effect: Id.nullable().default(null),
  /** The drill that verified the rectification (a rehearsal's date and scenario), once one passed. */
  verifiedBy: z.strictObject({ scenarioId: Id, finishedOn: IsoDate }).nullable().default(null),
}).refine((item) => !IsoDate.safeParse(item.foundOn).success || !IsoDate.safeParse(item.deadline).success || item.deadline >= item.foundOn, { error: 'the deadline is before the day it was found', path: ['deadline'] });
export type HazardItem = z.infer<typeof HazardItem>;

/** Statuses in which the hazard is still there (it changes drills and counts as open on the board). */
export function isOpen(status: HazardStatus): boolean {
  return status === 'open' || status === 'rectifying' || status === 'reopened';
}
