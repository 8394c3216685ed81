// Fills a message template in the chosen language; parameters may carry their own text in both languages.
import { en } from './en.ts';
import type { MessageKey } from './zhCN.ts';
import { zhCN } from './zhCN.ts';

export type Language = 'zh' | 'en';
export interface Bilingual { zh: string; en: string }
export type MessageParams = Record<string, string | number | Bilingual>;

const tables: Record<Language, Record<MessageKey, string>> = { zh: zhCN, en };

export function translate(language: Language, key: MessageKey, params: MessageParams = {}): string {
  return tables[language][key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'object' ? value[language] : String(value);
  });
}

/** The same message in both languages. */
export function bilingual(key: MessageKey, params: MessageParams = {}): Bilingual {
  return { zh: translate('zh', key, params), en: translate('en', key, params) };
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(zhCN, key);
}
