// 演练想定: the briefing as written, the weather, the simulated incidents (factor, place, start, who finds them)
// and the injects with the action each expects.
import { durationText } from '../../i18n/clock.ts';
import type { UiKey } from '../../i18n/ui/zhCN.ts';
import { uiZhCN } from '../../i18n/ui/zhCN.ts';
import type { ReportContext } from './reportContext.ts';
import type { ReportBlock, ReportSection } from './reportModel.ts';

function factorName(ctx: ReportContext, factor: string): string {
  const key = `factor.${factor}`;
  return key in uiZhCN ? ctx.t(key as UiKey) : factor;
}

function incidentBlocks(ctx: ReportContext): ReportBlock[] {
  const { scenario, t } = ctx;
  if (scenario.incidents.length === 0) return [{ kind: 'paragraph', text: t('exports.scenario.noIncidents') }];
  return [{
    kind: 'table',
    columns: [t('exports.col.incident'), t('exports.col.factor'), t('exports.col.place'), t('exports.col.start'), t('exports.col.discovery')],
    rows: scenario.incidents.map((i) => [
      ctx.pick(i.titleZh, i.titleEn), factorName(ctx, i.factor), ctx.pick(i.groundTruth.placeZh, i.groundTruth.placeEn),
      'atS' in i.start ? ctx.clock(i.start.atS) : t('exports.scenario.startAfter', { incident: ctx.name(i.start.after.incident) }),
      t('exports.scenario.discoveryText', { by: ctx.name(i.discovery.by), delay: durationText(ctx.lang, i.discovery.delayS) }),
    ]),
  }];
}

function injectBlocks(ctx: ReportContext): ReportBlock[] {
  const { scenario, t } = ctx;
  if (scenario.injects.length === 0) return [{ kind: 'paragraph', text: t('exports.scenario.noInjects') }];
  return [{
    kind: 'table',
    columns: [t('exports.col.time'), t('exports.col.recipient'), t('exports.col.message'), t('exports.col.expected')],
    rows: [...scenario.injects].sort((a, b) => a.atS - b.atS).map((i) => [
      ctx.clock(i.atS), ctx.name(i.to), ctx.pick(i.messageZh, i.messageEn), ctx.pick(i.expectedActionZh, i.expectedActionEn),
    ]),
  }];
}

export function scenarioSection(ctx: ReportContext): ReportSection {
  const { scenario, t } = ctx;
  const w = scenario.weather;
  return {
    id: 'scenario', title: t('exports.section.scenario'),
    blocks: [
      { kind: 'heading', text: t('exports.scenario.briefing') },
      { kind: 'paragraph', text: ctx.pick(scenario.briefingZh, scenario.briefingEn) },
      { kind: 'heading', text: t('exports.scenario.weather') },
      { kind: 'paragraph', text: t('exports.scenario.weatherText', { temperature: w.temperatureC, humidity: w.humidityPct, wind: w.windMs, rain: w.rainMmH }) },
      { kind: 'heading', text: t('exports.scenario.incidents') },
      ...incidentBlocks(ctx),
      { kind: 'heading', text: t('exports.scenario.injects') },
      ...injectBlocks(ctx),
    ],
  };
}
