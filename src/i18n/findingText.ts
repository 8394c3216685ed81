// A finding or a veto of the scoring engine as a person reads it: its code's sentence with the particulars worded —
// incidents, teams and villages by their names, report levels, warning colours, report elements and refusal kinds
// in the locale's words, a report's untrue figures side by side with the truth. The one wording of findings for the
// review, the score CSV, the Word report, the rehearsal comparison and the CLI.
import type { Names } from './names.ts';
import { namedIncident } from './names.ts';
import { clockAt, durationText } from './clock.ts';
import { contentName } from './contentName.ts';
import { phaseName } from './describeEvent.ts';
import type { FindingWordKey } from './findingWords.ts';
import { findingWordsEn, findingWordsZhCN } from './findingWords.ts';
import { refusalKinds } from './refusalKinds.ts';
import type { Language, MessageParams } from './translate.ts';
import { isMessageKey, translate } from './translate.ts';
import { fillTemplate, isUiKey, ui } from './ui/uiText.ts';

/** What findings and vetoes share: the rule's code and its particulars (ids, figures). */
export interface Coded { code: string; params: Readonly<Record<string, string | number>> }

const tables: Record<Language, Record<FindingWordKey, string>> = { zh: findingWordsZhCN, en: findingWordsEn };
const isKey = (key: string): key is FindingWordKey => Object.hasOwn(findingWordsZhCN, key);
const word = (lang: Language, key: FindingWordKey, params: MessageParams = {}) => fillTemplate(lang, tables[lang][key], params);
const listOf = (value: string | number) => String(value).split(/,\s*/).filter((x) => x !== '');

function untruthValue(world: Names, lang: Language, element: string, value: string | number, incident: string): string {
  if (element === 'factor' && isUiKey(`factor.${value}`)) return ui(lang, `factor.${value}` as Parameters<typeof ui>[1]);
  if (element === 'loss' && typeof value === 'number') return word(lang, 'untruth.yuan', { yuan: value });
  if (element === 'time' && typeof value === 'number') return clockAt(world.drill.scenario.start, value).slice(0, 5);
  if (element === 'phase') return value === '' ? word(lang, 'untruth.notBegun') : phaseName(world, incident, String(value))[lang];
  if (element === 'place') {
    const truth = namedIncident(world, incident)?.groundTruth;
    if (truth && value === truth.placeZh) return lang === 'zh' ? truth.placeZh : truth.placeEn;
  }
  return String(value);
}

function toleranceText(lang: Language, element: string, tolerance: number): string {
  if (element === 'loss') return word(lang, 'untruth.lossFactor', { factor: tolerance });
  if (element === 'time') return durationText(lang, tolerance);
  if (element === 'place') return word(lang, 'untruth.placeTolerance', { distanceM: tolerance });
  return String(tolerance);
}

/** Each untrue element of a report: what it said against the truth (records from before the figures were kept: the element alone). */
function untruthsText(world: Names, lang: Language, params: Coded['params']): string {
  const incident = String(params.incident ?? '');
  return listOf(params.elements ?? '').map((element) => {
    const name = isKey(`untruth.${element}`) ? word(lang, `untruth.${element}` as FindingWordKey) : element;
    const said = params[`${element}Said`];
    const truth = params[`${element}Truth`];
    const tolerance = params[`${element}Tolerance`];
    if (said === undefined || truth === undefined) return name;
    const values = { element: name, said: untruthValue(world, lang, element, said, incident), truth: untruthValue(world, lang, element, truth, incident) };
    return typeof tolerance === 'number' ? word(lang, 'untruth.lineTolerance', { ...values, tolerance: toleranceText(lang, element, tolerance) }) : word(lang, 'untruth.line', values);
  }).join(word(lang, 'untruth.separator'));
}

function wordsOf(world: Names, lang: Language, params: Coded['params']): MessageParams {
  const words: MessageParams = { ...params };
  const separator = word(lang, 'list.separator');
  for (const key of ['team', 'village'] as const) if (params[key] !== undefined) words[key] = contentName(world, String(params[key]))[lang];
  if (params.level !== undefined && isKey(`reportLevel.${params.level}`)) words.level = word(lang, `reportLevel.${params.level}` as FindingWordKey);
  if (params.colour !== undefined && isMessageKey(`colour.${params.colour}`)) words.colour = translate(lang, `colour.${params.colour}` as Parameters<typeof translate>[1]);
  if (params.missing !== undefined) words.missing = listOf(params.missing).map((e) => (isUiKey(`report.element.${e}`) ? ui(lang, `report.element.${e}` as Parameters<typeof ui>[1]) : e)).join(separator);
  if (params.reasons !== undefined) words.reasons = listOf(params.reasons).map((r) => (Object.hasOwn(refusalKinds, r) ? refusalKinds[r as keyof typeof refusalKinds][lang] : r)).join(separator);
  if (params.elements !== undefined) words.untruths = untruthsText(world, lang, params);
  return words;
}

/** The incident first, by name, when the finding concerns one: `集贸市场餐馆液化气泄漏：…`. */
function withIncident(world: Names, lang: Language, params: Coded['params'], text: string): string {
  const incident = params.incident;
  if (typeof incident !== 'string' || incident === '') return text;
  return `${contentName(world, incident)[lang]}${lang === 'zh' ? '：' : ': '}${text}`;
}

/** A particular the record did not keep (entries from before it was kept) reads as such, never as `{name}`. */
const unrecorded = (lang: Language, text: string) => text.replace(/\{\w+(\|[^}]*)?\}/g, word(lang, 'finding.unrecorded'));

/** The problem a finding names, or the rule a veto tripped, in full. */
export function findingProblem(world: Names, lang: Language, coded: Coded): string {
  const never = `problem.${coded.code}.never`;
  const key = Object.values(coded.params).includes('never') && isKey(never) ? never : `problem.${coded.code}`;
  const text = isKey(key) ? word(lang, key, wordsOf(world, lang, coded.params)) : word(lang, 'finding.unrecorded');
  return unrecorded(lang, withIncident(world, lang, coded.params, text));
}

/** The corrective action a finding calls for. */
export function findingAction(lang: Language, coded: { code: string }): string {
  const family = `action.${coded.code.split('.')[0] ?? ''}`;
  const key = isKey(`action.${coded.code}`) ? `action.${coded.code}` : family;
  return isKey(key) ? word(lang, key) : '';
}

/** Both at once, for the JSON of the CLI. */
export function findingWords(world: Names, coded: Coded): { problem: { zh: string; en: string }; action: { zh: string; en: string } } {
  return {
    problem: { zh: findingProblem(world, 'zh', coded), en: findingProblem(world, 'en', coded) },
    action: { zh: findingAction('zh', coded), en: findingAction('en', coded) },
  };
}
