// Drill → ledger: a finding of a drill's review becomes a ledger item with its five fixes filled from the finding
// (responsible team, corrective action, deadline), or reopens the item already there for the same problem at the
// same place (a hazard found twice is weighed as heavily as the accident itself).
import type { Scenario } from '../scenario/scenarioSchema.ts';
import type { InspectionDomain } from '../scenario/vocabulary.ts';
import type { TownshipMap } from '../world/townshipMap.ts';
import { addDays } from './calendarDays.ts';
import type { HazardItem } from './hazardItem.ts';

/** Who answers for a finding owned by the command post: the emergency office that runs it (牵头抓总). */
const commandPostTeam = 'yingjiban';

/** A finding of the review with its words (src/i18n words findings; the ledger keeps them, as a ledger sheet does). */
export interface WordedFinding { owner: string; deadlineDays: number; problem: { zh: string; en: string }; action: { zh: string } }

export interface FindingSource { scenario: Scenario; map: TownshipMap; finishedOn: string }

/** The next free ledger number of the year: YH-2026-037 after YH-2026-036. */
export function nextHazardNumber(items: readonly HazardItem[], year: string): string {
  const prefix = `YH-${year}-`;
  const highest = items.filter((i) => i.id.startsWith(prefix)).reduce((n, i) => Math.max(n, Number(i.id.slice(prefix.length)) || 0), 0);
  return `${prefix}${String(highest + 1).padStart(3, '0')}`;
}

function teamOf(owner: string, map: TownshipMap): { id: string; nameZh: string } {
  const team = [...map.stations, ...map.villages, ...map.facilities].find((t) => t.id === owner) ?? map.stations.find((s) => s.id === commandPostTeam);
  return team ? { id: team.id, nameZh: team.nameZh } : { id: commandPostTeam, nameZh: '乡应急办' };
}

/**
 * The ledger after sending one finding to it: a new open item (numbered after the last of the year), or the
 * existing item for the same problem at the same place reopened with the new deadline and action. Never throws.
 */
export function sendFindingToLedger(items: readonly HazardItem[], finding: WordedFinding, source: FindingSource): { items: HazardItem[]; item: HazardItem; reopened: boolean } {
  const incident = source.scenario.incidents[0];
  const place = incident && 'place' in incident.at ? incident.at.place : teamOf(finding.owner, source.map).id;
  const factor = incident?.factor ?? 'fire';
  const domain: InspectionDomain = incident?.groundTruth.domain ?? 'publicPlaces';
  const team = teamOf(finding.owner, source.map);
  const deadline = addDays(source.finishedOn, Math.max(1, finding.deadlineDays));
  const same = items.findIndex((i) => i.place === place && i.factor === factor && i.descriptionZh === finding.problem.zh);
  if (same >= 0) {
    const before = items[same]!;
    const item: HazardItem = { ...before, status: before.status === 'open' || before.status === 'rectifying' ? before.status : 'reopened', measuresZh: finding.action.zh, deadline, responsibleTeam: team.id, verifiedBy: null };
    return { items: items.map((i, n) => (n === same ? item : i)), item, reopened: item.status === 'reopened' };
  }
  const item: HazardItem = {
    id: nextHazardNumber(items, source.finishedOn.slice(0, 4)), domain, place, factor, level: 'general',
    descriptionZh: finding.problem.zh, descriptionEn: finding.problem.en,
    foundBy: `演练评估组（${source.scenario.titleZh}）`, foundOn: source.finishedOn,
    responsibleTeam: team.id, responsiblePerson: `${team.nameZh}主要负责人`, measuresZh: finding.action.zh, fundsYuan: 0,
    deadline, plan: source.scenario.titleZh, status: 'open', evidence: [], effect: null, verifiedBy: null,
  };
  return { items: [...items, item], item, reopened: false };
}
