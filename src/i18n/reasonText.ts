// A refused order's reason as a person reads it, from the code the record keeps: the core's message with its
// particulars (which unit, which village) elided, since the record keeps only the code; an unknown code as itself.
import type { Language } from './translate.ts';
import { isMessageKey, translate } from './translate.ts';

export function reasonText(lang: Language, code: string): string {
  const key = `reason.${code}`;
  return isMessageKey(key) ? translate(lang, key).replace(/\{\w+\}/g, '…') : code;
}
