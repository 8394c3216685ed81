// The words a score is read in: conclusion, P/S/M/U rating, veto, and the rubric's own names for capabilities
// and items, in the chosen language. Shared by the CSV, the report and the print view.
import type { Language } from '../i18n/translate.ts';
import { ui } from '../i18n/ui/uiText.ts';
import type { Conclusion, DrillScore, Rating, Rubric, World } from '../sim/index.ts';
import { contentName } from '../i18n/contentName.ts';

export function conclusionText(lang: Language, conclusion: Conclusion): string {
  return ui(lang, `score.conclusion.${conclusion}`);
}

/** `P`, `S`, `M` or `U`, or the word for "did not apply". */
export function ratingText(lang: Language, rating: Rating | null): string {
  return rating ?? ui(lang, 'exports.rating.none');
}

/** A tripped veto in short, as `incident：what` (the incident by name) or `what` when it concerns none. */
export function vetoText(world: World, lang: Language, veto: DrillScore['vetoes'][number]): string {
  const what = ui(lang, `exports.veto.${veto.veto}`);
  return veto.incident === '' ? what : `${contentName(world, veto.incident)[lang]}${lang === 'zh' ? '：' : ': '}${what}`;
}

export function capabilityName(lang: Language, capability: { nameZh: string; nameEn: string }): string {
  return lang === 'zh' ? capability.nameZh : capability.nameEn;
}

/**
 * The rubric's capability and item for an item id or a measure id (a finding names the measure that raised it),
 * the item id first; null for one the rubric does not hold.
 */
export function rubricItem(rubric: Rubric, itemOrMeasure: string): { capability: Rubric['capabilities'][number]; item: Rubric['capabilities'][number]['items'][number] } | null {
  for (const match of [(i: { id: string }) => i.id === itemOrMeasure, (i: { measure: string }) => i.measure === itemOrMeasure]) {
    for (const capability of rubric.capabilities) {
      const item = capability.items.find(match);
      if (item) return { capability, item };
    }
  }
  return null;
}

/** Points with one decimal, as the score sheet writes them. */
export function points(value: number): string {
  return value.toFixed(1);
}
