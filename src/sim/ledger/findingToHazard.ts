// Drill → ledger: a finding of a drill's review becomes a ledger item with its five fixes filled from the finding
// (responsible team, corrective action, deadline), or reopens the item already there for the same problem at the
// same place (a hazard found twice is weighed as heavily as the accident itself). The core keeps no words: the
// finding's problem comes in both languages and the rest of the item's text in the language of whoever sends it
// (src/ledger/findingForLedger.ts words it through src/i18n).
import type { InspectionDomain } from '../scenario/vocabulary.ts';
import type { Scenario } from '../scenario/scenarioSchema.ts';
import type { TownshipMap } from '../world/townshipMap.ts';
import { addDays } from './calendarDays.ts';
import type { HazardItem } from './hazardItem.ts';

/** Who answers for a finding owned by the command post: the emergency office that runs it (牵头抓总). */
const commandPostTeam = 'yingjiban';

/** A finding as the ledger takes it: its owner and deadline, the problem in both languages, and the item's words in the sender's. */
export interface LedgerFinding {
  owner: string;
  deadlineDays: number;
  problem: { zh: string; en: string };
  /** 措施, 排查单位, 责任人 and 预案 as the sender reads them (the corrective action, "the drill's evaluators", …). */
  written: { measures: string; foundBy: string; responsiblePerson: string; plan: string };
}

export interface FindingSource { scenario: Scenario; map: TownshipMap; finishedOn: string }

/** The next free ledger number of the year: YH-2026-037 after YH-2026-036. */
export function nextHazardNumber(items: readonly HazardItem[], year: string): string {
  const prefix = `YH-${year}-`;
  const highest = items.filter((i) => i.id.startsWith(prefix)).reduce((n, i) => Math.max(n, Number(i.id.slice(prefix.length)) || 0), 0);
  return `${prefix}${String(highest + 1).padStart(3, '0')}`;
}

/** The team of the map answerable for a finding: its owner when the owner is a station, village or enterprise, else the emergency office. */
export function answerableTeam(owner: string, map: TownshipMap): string {
  return [...map.stations, ...map.villages, ...map.facilities].some((t) => t.id === owner) ? owner : commandPostTeam;
}

/**
 * The ledger after sending one finding to it: a new open item (numbered after the last of the year), or the
 * existing item for the same problem at the same place reopened with the new deadline and action. Never throws.
 */
export function sendFindingToLedger(items: readonly HazardItem[], finding: LedgerFinding, source: FindingSource): { items: HazardItem[]; item: HazardItem; reopened: boolean } {
  const incident = source.scenario.incidents[0];
  const team = answerableTeam(finding.owner, source.map);
  const place = incident && 'place' in incident.at ? incident.at.place : team;
  const factor = incident?.factor ?? 'fire';
  const domain: InspectionDomain = incident?.groundTruth.domain ?? 'publicPlaces';
  const deadline = addDays(source.finishedOn, Math.max(1, finding.deadlineDays));
  const { written } = finding;
  const same = items.findIndex((i) => i.place === place && i.factor === factor && i.descriptionZh === finding.problem.zh);
  if (same >= 0) {
    const before = items[same]!;
    const status = before.status === 'open' || before.status === 'rectifying' ? before.status : 'reopened';
    const item: HazardItem = { ...before, status, measuresZh: written.measures, deadline, responsibleTeam: team, responsiblePerson: written.responsiblePerson, verifiedBy: null };
    return { items: items.map((i, n) => (n === same ? item : i)), item, reopened: item.status === 'reopened' };
  }
  const item: HazardItem = {
    id: nextHazardNumber(items, source.finishedOn.slice(0, 4)), domain, place, factor, level: 'general',
    descriptionZh: finding.problem.zh, descriptionEn: finding.problem.en,
    foundBy: written.foundBy, foundOn: source.finishedOn,
    responsibleTeam: team, responsiblePerson: written.responsiblePerson, measuresZh: written.measures, fundsYuan: 0,
    deadline, plan: written.plan, status: 'open', evidence: [], effect: null, verifiedBy: null,
  };
  return { items: [...items, item], item, reopened: false };
}
