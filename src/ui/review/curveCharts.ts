// The casualty and evacuation curves drawn with uPlot, which (with its stylesheet) is loaded only here, when a
// review first draws its curves. The x axis is sim time, labelled with the scenario's clock.
import 'uplot/dist/uPlot.min.css';
import type uPlot from 'uplot';
import UPlot from 'uplot';
import { ui } from '../../i18n/ui/uiText.ts';
import type { DrillSeries } from '../../review/drillSeries.ts';
import type { ReviewContext } from './reviewContext.ts';

export interface CurveCharts { destroy(): void; /** How many charts were drawn, and how many points each has. */ drawn: { series: number; points: number }[] }

function chart(ctx: ReviewContext, parent: HTMLElement, title: string, x: number[], lines: { label: string; colour: string; values: number[] }[]): uPlot {
  const width = Math.max(320, Math.min(parent.clientWidth || 760, 960));
  const options: uPlot.Options = {
    title, width, height: 220,
    scales: { x: { time: false } },
    axes: [
      { values: (_u, ticks) => ticks.map((t) => ctx.at(Math.round(t))), label: ui(ctx.lang, 'review.curves.time') },
      { values: (_u, ticks) => ticks.map((t) => (Number.isInteger(t) ? String(t) : '')) },
    ],
    series: [{ label: ui(ctx.lang, 'review.curves.time'), value: (_u, v) => (v === null ? '—' : ctx.at(Math.round(v))) },
      ...lines.map((l) => ({ label: l.label, stroke: l.colour, width: 2, paths: UPlot.paths.stepped?.({ align: 1 }) }))],
  };
  return new UPlot(options, [x, ...lines.map((l) => l.values)], parent);
}

/** Draws both charts into `parent` (which should be in the page, so the charts take its width). */
export function drawCurveCharts(ctx: ReviewContext, parent: HTMLElement, series: DrillSeries): CurveCharts {
  const label = (key: Parameters<typeof ui>[1]) => ui(ctx.lang, key);
  const casualties = chart(ctx, parent, label('review.curves.casualties'), series.timesS, [
    { label: label('review.curves.dead'), colour: '#b3261e', values: series.deadCount },
    { label: label('review.curves.injured'), colour: '#e08a00', values: series.injuredCount },
    { label: label('review.curves.missing'), colour: '#6a4c93', values: series.missingCount },
  ]);
  const evacuation = chart(ctx, parent, label('review.curves.evacuation'), series.timesS, [
    { label: label('review.curves.moved'), colour: '#1f6f43', values: series.movedCount },
    { label: label('review.curves.movedVulnerable'), colour: '#2b6cb0', values: series.movedVulnerableCount },
  ]);
  const charts = [casualties, evacuation];
  return {
    drawn: charts.map((c) => ({ series: c.series.length - 1, points: series.timesS.length })),
    destroy: () => { for (const c of charts) c.destroy(); },
  };
}
