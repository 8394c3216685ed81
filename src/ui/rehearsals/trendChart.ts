// The trend chart of a scenario's rehearsals with uPlot: the total and each capability's share, in percent, one
// point per rehearsal (oldest left). A capability that did not apply leaves a gap. uPlot loads only when drawn.
import type { Language } from '../../i18n/translate.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import type { RehearsalComparison } from '../../rehearsals/compareRehearsals.ts';
import type uPlot from 'uplot';
import { h } from '../buildElement.ts';
import { finishedAtText } from './rehearsalWords.ts';

// Distinguishable on a projector and for the common colour-blindness (Okabe & Ito, 2008), the total in black.
const palette = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7', '#999999'];

/** The chart's series as plain numbers: x is the rehearsal's place (0, 1, …), y in percent or null. */
export function trendSeries(comparison: RehearsalComparison): (number | null)[][] {
  return [
    comparison.rehearsals.map((_, i) => i),
    comparison.totals,
    ...comparison.capabilities.map((c) => c.cells.map((cell) => (cell.share === null ? null : Math.round(cell.share * 1000) / 10))),
  ];
}

/**
 * The one trend chart on the page. uPlot listens on the window (resize, scroll) until it is destroyed, and the
 * rehearsals screen redraws its chart on every change, so each new chart destroys the one before it.
 */
let shown: uPlot | null = null;

/** Destroys the trend chart, if one is drawn: for the screen's owner when the screen goes away. */
export function releaseTrendChart(): void {
  shown?.destroy();
  shown = null;
}

/** A figure that fills itself with the chart once uPlot has loaded, or says why it could not. */
export function trendChart(lang: Language, comparison: RehearsalComparison, widthPx: number): HTMLElement {
  const figure = h('figure', { className: 'rehearsal-trend', attrs: { 'data-testid': 'rehearsals-trend' } }, [h('p', { className: 'empty' }, [ui(lang, 'rehearsals.chartLoading')])]);
  const labels = comparison.rehearsals.map((r) => finishedAtText(r.finishedAt).slice(5));
  void Promise.all([import('uplot'), import('uplot/dist/uPlot.min.css')]).then(([{ default: UPlot }]) => {
    figure.replaceChildren();
    shown?.destroy();
    const chart = new UPlot({
      width: widthPx, height: 280, legend: { live: false },
      scales: { x: { time: false, range: [-0.25, Math.max(1, comparison.rehearsals.length - 1) + 0.25] }, y: { range: [0, 100] } },
      axes: [
        { splits: () => comparison.rehearsals.map((_, i) => i), values: (_u, splits) => splits.map((i) => labels[i] ?? '') },
        { label: ui(lang, 'rehearsals.trend.axis') },
      ],
      series: [
        { label: ui(lang, 'rehearsals.col.finishedAt'), value: (_u, i: number | null) => (i === null ? '—' : labels[i] ?? '') },
        { label: ui(lang, 'rehearsals.trend.total'), stroke: '#111111', width: 3, points: { size: 8 } },
        ...comparison.capabilities.map((c, i) => ({ label: lang === 'zh' ? c.nameZh : c.nameEn, stroke: palette[i % palette.length]!, width: 1.5, points: { size: 6 } })),
      ],
    }, trendSeries(comparison) as uPlot.AlignedData, figure);
    shown = chart;
    figure.dataset.series = String(chart.series.length - 1);
  }).catch((error: unknown) => {
    figure.replaceChildren(h('p', { className: 'problems' }, [ui(lang, 'rehearsals.chartFailed', { detail: error instanceof Error ? error.message : String(error) })]));
  });
  return figure;
}
