// The interface's own words in the chosen language. The core's words — event lines, refusal reasons, phase
// names — come from ../translate.ts and ../describeEvent.ts.
import type { Language, MessageParams } from '../translate.ts';
import { uiEn } from './en.ts';
import type { UiKey } from './zhCN.ts';
import { uiZhCN } from './zhCN.ts';

const tables: Readonly<Record<Language, Readonly<Record<UiKey, string>>>> = { zh: uiZhCN, en: uiEn };

export function isUiKey(key: string): key is UiKey {
  return Object.hasOwn(uiZhCN, key);
}

/**
 * The message with its `{name}` parameters filled in. English counts agree with their noun through
 * `{name|one|other}`, which becomes `one` when the parameter is 1 and `other` otherwise ("1 order", "2 orders").
 */
export function ui(language: Language, key: UiKey, params: MessageParams = {}): string {
  return fillTemplate(language, tables[language][key], params);
}

/** A template of the locale with its `{name}` and `{name|one|other}` parameters filled in, as `ui` fills its own. */
export function fillTemplate(language: Language, template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\|((?:[^|{}]|\{\w+\})*)\|((?:[^|{}]|\{\w+\})*)\}/g, (whole, name: string, one: string, other: string) => {
    const value = params[name];
    return value === undefined ? whole : Number(value) === 1 ? one : other;
  }).replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'object' ? value[language] : String(value);
  });
}
