// The names a person reads in a ledger spreadsheet instead of ids: places and teams of the map, effects, scenarios,
// domains, factors, levels and statuses — written in Chinese, read back from Chinese, English or the id.
import { ui } from '../i18n/ui/uiText.ts';
import type { UiKey } from '../i18n/ui/zhCN.ts';
import type { HazardEffect } from '../sim/index.ts';
import { hazardLevels, hazardStatuses } from '../sim/index.ts';
import { factors, inspectionDomains } from '../sim/index.ts';
import type { TownshipMap } from '../sim/index.ts';

/** One name list: its ids in order with their Chinese and English names. */
export interface NameList { ids: readonly string[]; zh: (id: string) => string; en: (id: string) => string }

export interface LedgerNames {
  domain: NameList; factor: NameList; level: NameList; status: NameList;
  place: NameList; team: NameList; effect: NameList; scenario: NameList;
}

function fromUi(ids: readonly string[], prefix: string): NameList {
  return { ids, zh: (id) => ui('zh', `${prefix}${id}` as UiKey), en: (id) => ui('en', `${prefix}${id}` as UiKey) };
}

function fromObjects(list: readonly { id: string; nameZh: string; nameEn: string }[]): NameList {
  const byId = new Map(list.map((o) => [o.id, o]));
  return { ids: list.map((o) => o.id), zh: (id) => byId.get(id)?.nameZh ?? id, en: (id) => byId.get(id)?.nameEn ?? id };
}

/** The names of a township: its map, the effects declared for its drills, and its scenarios' titles. */
export function ledgerNames(map: TownshipMap, effects: readonly HazardEffect[], scenarios: readonly { id: string; titleZh: string; titleEn: string }[]): LedgerNames {
  const named = (o: { id: string; nameZh: string; nameEn: string }) => ({ id: o.id, nameZh: o.nameZh, nameEn: o.nameEn });
  return {
    domain: fromUi(inspectionDomains, 'domain.'),
    factor: fromUi(factors, 'factor.'),
    level: fromUi(hazardLevels, 'ledger.level.'),
    status: fromUi(hazardStatuses, 'ledger.status.'),
    place: fromObjects([...map.facilities, ...map.villages, ...map.places, ...map.roads, ...map.water, ...map.stations, ...map.shelters].map(named)),
    team: fromObjects([...map.stations, ...map.villages, ...map.facilities].map(named)),
    effect: fromObjects(effects.map((e) => ({ id: e.id, nameZh: e.titleZh, nameEn: e.titleEn }))),
    scenario: fromObjects(scenarios.map((s) => ({ id: s.id, nameZh: s.titleZh, nameEn: s.titleEn }))),
  };
}

/** The id a cell names (its Chinese or English name, or the id itself, ignoring case and spaces); null if none. */
export function idOfName(list: NameList, text: string): string | null {
  const wanted = text.trim().toLowerCase();
  for (const id of list.ids) {
    if (list.zh(id).toLowerCase() === wanted || list.en(id).toLowerCase() === wanted || id === wanted) return id;
  }
  return null;
}
