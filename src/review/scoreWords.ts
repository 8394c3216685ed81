// The words a score is read in: conclusion, P/S/M/U rating, veto, and the rubric's own names for capabilities
// and items, in the chosen language. Shared by the CSV, the report and the print view.
import type { Language } from '../i18n/translate.ts';
import { ui } from '../i18n/ui/uiText.ts';
import type { Conclusion, DrillScore, Rating, Rubric, World } from '../sim/index.ts';
import { nameOf } from '../sim/index.ts';

export function conclusionText(lang: Language, conclusion: Conclusion): string {
  return ui(lang, `score.conclusion.${conclusion}`);
}

/** `P`, `S`, `M` or `U`, or the word for "did not apply". */
export function ratingText(lang: Language, rating: Rating | null): string {
  return rating ?? ui(lang, 'exports.rating.none');
}

/** A tripped veto as `incident：what`, with the incident's name rather than its id. */
export function vetoText(world: World, lang: Language, veto: DrillScore['vetoes'][number]): string {
  return `${nameOf(world, veto.incident)[lang]}${lang === 'zh' ? '：' : ': '}${ui(lang, `exports.veto.${veto.veto}`)}`;
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

/**
 * The scoring engine's sentences name incidents and teams by id (`market-lpg-leak：配合单位weishengyuan未参与处置`);
 * a report reads better with their names. Only whole ids of the drill's incidents (curveballs too) and teams are replaced.
 */
export function withNames(world: World, lang: Language, text: string): string {
  const known = new Set([...world.teams, ...[...world.drill.scenario.incidents, ...world.addedIncidents].map((i) => i.id)]);
  return text.replace(/[A-Za-z][A-Za-z0-9_-]*/g, (token) => (known.has(token) ? nameOf(world, token)[lang] : token));
}
