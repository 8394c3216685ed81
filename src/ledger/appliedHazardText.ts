// The words for the hazards a drill runs with, before it starts: each open hazard by its ledger number, what it is,
// what it changes and the incident it lies at, in the reader's language — never an effect's or an incident's id.
// The review's cost lines (hazardCostText.ts) name a hazard the same way.
import type { Language } from '../i18n/translate.ts';
import { contentName } from '../i18n/contentName.ts';
import { ui } from '../i18n/ui/uiText.ts';
import type { AppliedHazard, HazardEffect, HazardItem, World } from '../sim/index.ts';

/** A hazard's description and its effect's title in `lang` (an item with no English text reads in Chinese). */
export function hazardWords(lang: Language, number: string, effectId: string, items: readonly HazardItem[], effects: readonly HazardEffect[]): { description: string; effect: string } {
  const item = items.find((i) => i.id === number);
  const effect = effects.find((e) => e.id === effectId);
  return {
    description: item ? (lang === 'zh' || item.descriptionEn === '' ? item.descriptionZh : item.descriptionEn) : '',
    effect: effect ? (lang === 'zh' ? effect.titleZh : effect.titleEn) : '',
  };
}

/** One line per hazard applied, in the order applied; a hazard that lies at two incidents names both on one line. */
export function appliedHazardLines(lang: Language, world: World, applied: readonly AppliedHazard[], items: readonly HazardItem[], effects: readonly HazardEffect[]): string[] {
  const numbers = [...new Set(applied.map((a) => a.hazard))];
  return numbers.map((number) => {
    const mine = applied.filter((a) => a.hazard === number);
    const { description, effect } = hazardWords(lang, number, mine[0]!.effect, items, effects);
    const incidents = mine.map((a) => contentName(world, a.incident)[lang]).join(lang === 'zh' ? '、' : ', ');
    return ui(lang, 'ledger.applied.line', { number, description, effect, incidents });
  });
}
