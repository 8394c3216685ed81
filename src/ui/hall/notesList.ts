// The evaluators' notes on a screen (the director's and the evaluators' end of the drill, the evaluator's notes so
// far): one row each — the clock time, the rubric item by name, the evaluator, the note as written.
import type { Language } from '../../i18n/translate.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import type { ReviewNote } from '../../hall/protocol.ts';
import { h } from '../buildElement.ts';

export function notesList(lang: Language, notes: readonly ReviewNote[], testId: string): HTMLElement {
  if (notes.length === 0) return h('p', { className: 'muted', attrs: { 'data-testid': testId } }, [ui(lang, 'hall.notes.none')]);
  return h('table', { className: 'hall-notes', attrs: { 'data-testid': testId } }, [
    h('thead', {}, [h('tr', {}, (['time', 'item', 'by', 'text'] as const).map((column) => h('th', { attrs: { scope: 'col' } }, [ui(lang, `hall.notes.${column}`)])))]),
    h('tbody', {}, notes.map((note) => h('tr', {}, [
      h('td', {}, [h('time', {}, [note.clock])]),
      h('td', {}, [(lang === 'zh' ? note.itemZh : note.itemEn) ?? ui(lang, 'hall.notes.noItem')]),
      h('td', {}, [note.by ?? ui(lang, 'hall.notes.anyEvaluator')]),
      h('td', { className: 'hall-note-text' }, [note.text]),
    ]))),
  ]);
}
