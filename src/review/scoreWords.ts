// The words a score is read in: conclusion, P/S/M/U rating, veto, and the rubric's own names for capabilities
// and items, in the chosen language. Shared by the CSV, the report and the print view.
import type { Language } from '../i18n/translate.ts';
import { ui } from '../i18n/ui/uiText.ts';
import type { Conclusion, DrillScore, Rating, Rubric } from '../sim/index.ts';

export function conclusionText(lang: Language, conclusion: Conclusion): string {
  return ui(lang, `exports.conclusion.${conclusion}`);
}

/** `P`, `S`, `M` or `U`, or the word for "did not apply". */
export function ratingText(lang: Language, rating: Rating | null): string {
  return rating ?? ui(lang, 'exports.rating.none');
}

export function vetoText(lang: Language, veto: DrillScore['vetoes'][number]): string {
  return `${ui(lang, `exports.veto.${veto.veto}`)}：${veto.why[lang]}`;
}

export function capabilityName(lang: Language, capability: { nameZh: string; nameEn: string }): string {
  return lang === 'zh' ? capability.nameZh : capability.nameEn;
}

/** The rubric's capability and item for an item id, or null for an item the rubric does not hold. */
export function rubricItem(rubric: Rubric, itemId: string): { capability: Rubric['capabilities'][number]; item: Rubric['capabilities'][number]['items'][number] } | null {
  for (const capability of rubric.capabilities) {
    const item = capability.items.find((i) => i.id === itemId);
    if (item) return { capability, item };
  }
  return null;
}

/** Points with one decimal, as the score sheet writes them. */
export function points(value: number): string {
  return value.toFixed(1);
}
