// The printable evaluation report: an A4 page drawn over the app from the same model as the .docx, with Print and
// Close; printing shows the report alone, one section to a page. Scenario text is set as text, never as markup.
import './printView.css';
import type { EvaluationReport, ReportBlock } from '../../review/report/reportModel.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import { button, h } from '../buildElement.ts';

function blockElement(block: ReportBlock): HTMLElement {
  switch (block.kind) {
    case 'heading': return h('h3', {}, [block.text]);
    case 'paragraph': return h('p', {}, [block.text]);
    case 'list': return h('ol', {}, block.items.map((item) => h('li', {}, [item])));
    case 'facts': return h('table', { className: 'print-facts' }, [h('tbody', {}, block.rows.map(([label, value]) => h('tr', {}, [h('th', { attrs: { scope: 'row' } }, [label]), h('td', {}, [value])])))]);
    case 'table': return h('table', {}, [
      h('thead', {}, [h('tr', {}, block.columns.map((c) => h('th', { attrs: { scope: 'col' } }, [c])))]),
      h('tbody', {}, block.rows.map((row) => h('tr', {}, row.map((c) => h('td', {}, [c]))))),
    ]);
  }
}

/** The report as an `<article>`, one `<section>` per section of the model. */
export function reportArticle(report: EvaluationReport): HTMLElement {
  return h('article', { className: 'print-report', attrs: { lang: report.lang === 'zh' ? 'zh-CN' : 'en', 'data-testid': 'print-report' } }, [
    h('h1', {}, [report.title]),
    h('p', { className: 'print-subtitle' }, [report.subtitle]),
    h('p', { className: 'print-byline' }, [report.byline]),
    ...report.sections.map((s) => h('section', { className: 'print-section', attrs: { 'data-section': s.id } }, [h('h2', {}, [s.title]), ...s.blocks.map(blockElement)])),
  ]);
}

/** Closes the print view if one is open. */
export function closePrintView(): void {
  document.querySelector('.print-view')?.remove();
  document.body.classList.remove('printing');
}

/** Opens the report over the app and asks the browser to print it. */
export function openPrintView(report: EvaluationReport): void {
  closePrintView();
  const view = h('div', { className: 'print-view', attrs: { 'data-testid': 'print-view', role: 'dialog', 'aria-label': report.title } }, [
    h('div', { className: 'print-toolbar' }, [
      button(ui(report.lang, 'exports.print.again'), () => window.print(), { attrs: { 'data-testid': 'print-again' } }),
      button(ui(report.lang, 'exports.print.close'), closePrintView, { className: 'primary', attrs: { 'data-testid': 'print-close' } }),
    ]),
    reportArticle(report),
  ]);
  view.addEventListener('keydown', (event) => { if (event.key === 'Escape') closePrintView(); });
  document.body.append(view);
  document.body.classList.add('printing');
  view.querySelector<HTMLButtonElement>('[data-testid="print-close"]')?.focus();
  window.print();
}
