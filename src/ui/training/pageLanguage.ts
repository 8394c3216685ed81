// The language a part of the page is shown in, read from the nearest `lang` attribute (the app sets the page's on
// every change), for screens and alerts that are not handed one.
import type { Language } from '../../i18n/translate.ts';

export function pageLanguage(node: Element | null = null): Language {
  const lang = node?.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
  return lang.toLowerCase().startsWith('en') ? 'en' : 'zh';
}
