// A plain table of text for the review, with a row saying "none" when there is nothing to list.
import type { Language } from '../../i18n/translate.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import type { Child } from '../buildElement.ts';
import { h } from '../buildElement.ts';

export function reviewTable(lang: Language, headers: readonly string[], rows: readonly (readonly Child[])[], testId: string): HTMLElement {
  const body = rows.length > 0 ? rows.map((r) => h('tr', {}, r.map((c) => h('td', {}, [c]))))
    : [h('tr', {}, [h('td', { className: 'none', attrs: { colspan: String(headers.length) } }, [ui(lang, 'review.none')])])];
  return h('table', { attrs: { 'data-testid': testId } }, [h('thead', {}, [h('tr', {}, headers.map((t) => h('th', {}, [t])))]), h('tbody', {}, body)]);
}

/** Points as the score sheet shows them: one decimal at most. */
export function points(value: number): string {
  return String(Math.round(value * 10) / 10);
}
