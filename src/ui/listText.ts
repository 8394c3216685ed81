// A list of names as each language writes one: 甲、乙、丙 / A, B, C.
import type { Language } from '../i18n/translate.ts';

export function listText(language: Language, items: readonly string[]): string {
  return items.join(language === 'zh' ? '、' : ', ');
}
