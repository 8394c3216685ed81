// Why a ledger item cannot be drilled, as a person reads it: the item by its number and place, the reason (no
// template for its domain and factor, no incident of its factor in the template, a place an incident cannot stand
// at, no road near a crash's place), in the chosen language — never an id.
import { ui } from '../i18n/ui/uiText.ts';
import type { Language } from '../i18n/translate.ts';
import type { HazardItem, HazardUnplaceable } from '../sim/index.ts';
import type { LedgerNames } from './ledgerNames.ts';

/** No template for the item's domain and factor, or the template's placement refused. */
export type HazardDrillRefusal = { refused: 'noTemplate' } | HazardUnplaceable;

export function hazardDrillRefusalText(language: Language, item: HazardItem, why: HazardDrillRefusal, names: LedgerNames, template?: { titleZh: string; titleEn: string }): string {
  const pick = (list: LedgerNames['place'], id: string) => list[language](id);
  const params = {
    number: item.id, place: pick(names.place, item.place), domain: pick(names.domain, item.domain), factor: pick(names.factor, item.factor),
    template: template ? (language === 'zh' ? template.titleZh : template.titleEn) : '',
    withinM: why.refused === 'noRoadNear' ? why.withinM : 0,
  };
  return ui(language, `ledger.drill.${why.refused}`, params);
}

/** The refusal in both languages, Chinese first: what a command line prints. */
export function hazardDrillRefusalLines(item: HazardItem, why: HazardDrillRefusal, names: LedgerNames, template?: { titleZh: string; titleEn: string }): string {
  return (['zh', 'en'] as const).map((language) => hazardDrillRefusalText(language, item, why, names, template)).join('\n');
}
