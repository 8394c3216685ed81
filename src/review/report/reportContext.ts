// What every section of the report reads: the finished drill, the language, and short ways to name things,
// translate and tell the scenario's time.
import { clockAt } from '../../i18n/clock.ts';
import type { Language, MessageParams } from '../../i18n/translate.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import type { UiKey } from '../../i18n/ui/zhCN.ts';
import type { Drill } from '../../sim/index.ts';
import { contentName } from '../../i18n/contentName.ts';
import type { ReviewData } from '../reviewData.ts';

export interface ReportContext {
  data: ReviewData;
  lang: Language;
  scenario: Drill['scenario'];
  /** The display name of any id the drill knows. */
  name: (id: string) => string;
  t: (key: UiKey, params?: MessageParams) => string;
  /** The scenario's time of day at a sim second, `HH:MM:SS`. */
  clock: (timeS: number) => string;
  /** Either of a pair of texts, by the language. */
  pick: (zh: string, en: string) => string;
}

export function reportContext(data: ReviewData, lang: Language): ReportContext {
  const scenario = data.world.drill.scenario;
  return {
    data, lang, scenario,
    name: (id) => contentName(data.world, id)[lang],
    t: (key, params) => ui(lang, key, params),
    clock: (timeS) => clockAt(scenario.start, timeS),
    pick: (zh, en) => (lang === 'zh' ? zh : en),
  };
}

/** A share of points as a percentage with no decimals, e.g. `85%`. */
export function percent(earned: number, possible: number): string {
  return possible > 0 ? `${Math.round((100 * earned) / possible)}%` : '—';
}
