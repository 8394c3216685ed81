// The review's buttons: back to the start, the exports, and the comparison with earlier rehearsals. What they do
// is the app's; the review only asks.
import { ui } from '../../i18n/ui/uiText.ts';
import { button, h } from '../buildElement.ts';
import type { ExportKind } from '../export/exportAs.ts';
import type { ReviewContext } from './reviewContext.ts';


export interface ReviewActions {
  home(): void;
  exportAs(kind: ExportKind): void;
  compareRehearsals(): void;
}

const exportButtons: readonly { kind: ExportKind; testId: string }[] = [
  { kind: 'json', testId: 'export-json' }, { kind: 'eventsCsv', testId: 'export-events-csv' }, { kind: 'scoresCsv', testId: 'export-scores-csv' },
  { kind: 'print', testId: 'export-print' }, { kind: 'docx', testId: 'export-docx' },
];

/** `scored`: exports and the comparison need the score, so they wait for it. */
export function reviewActionBar(ctx: ReviewContext, actions: ReviewActions, scored: boolean): HTMLElement {
  const { lang } = ctx;
  const waiting: Record<string, string> = scored ? {} : { disabled: '' };
  return h('div', { className: 'review-actions' }, [
    button(ui(lang, 'review.home'), () => actions.home(), { attrs: { 'data-testid': 'debrief-home' } }),
    h('span', { className: 'exports', attrs: { role: 'group', 'aria-label': ui(lang, 'review.exports') } }, [
      h('span', { className: 'muted' }, [ui(lang, 'review.exports')]),
      ...exportButtons.map(({ kind, testId }) => button(ui(lang, `review.export.${kind}`), () => actions.exportAs(kind), { attrs: { 'data-testid': testId, ...waiting } })),
    ]),
    button(ui(lang, 'review.compare'), () => actions.compareRehearsals(), { attrs: { 'data-testid': 'compare-rehearsals', ...waiting } }),
  ]);
}
