// The row of export buttons the review shows under a finished drill — JSON, events CSV, scores CSV, print, Word —
// with the test ids the browser tests use, and a status line that says when an export failed.
import type { Language } from '../../i18n/translate.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import type { ReviewData } from '../../review/reviewData.ts';
import { button, h } from '../buildElement.ts';
import type { ExportKind } from './exportAs.ts';
import { exportAs } from './exportAs.ts';

/** Each export with its test id, in the order the buttons stand. */
export const exportButtonIds: readonly (readonly [ExportKind, string])[] = [
  ['json', 'export-json'], ['eventsCsv', 'export-events-csv'], ['scoresCsv', 'export-scores-csv'], ['print', 'export-print'], ['docx', 'export-docx'],
];

export function exportButtons(data: ReviewData, lang: Language): HTMLElement {
  const status = h('p', { className: 'export-status', attrs: { role: 'status', 'aria-live': 'polite', 'data-testid': 'export-status' } });
  const run = (kind: ExportKind, pressed: HTMLButtonElement): void => {
    pressed.disabled = true;
    status.textContent = '';
    void exportAs(kind, data, lang).then((outcome) => {
      pressed.disabled = false;
      if (!outcome.ok) status.textContent = outcome.message;
    });
  };
  const buttons = exportButtonIds.map(([kind, testId]) => {
    const b: HTMLButtonElement = button(ui(lang, `exports.${kind}`), () => run(kind, b), { attrs: { 'data-testid': testId } });
    return b;
  });
  return h('div', { className: 'export-buttons', attrs: { 'data-testid': 'export-buttons' } }, [h('div', { className: 'buttons' }, buttons), status]);
}
