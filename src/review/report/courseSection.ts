// 演练经过: a summary of the run (times, orders, refusals, events, people moved, the toll), each incident's course
// through its phases, the key moments of the timeline in the feed's own sentences, and the refused orders.
import { describeEvent, phaseName } from '../../i18n/describeEvent.ts';
import { durationText } from '../../i18n/clock.ts';
import { recordedRefusalText } from '../../i18n/refusalText.ts';
import type { SimEvent, SimEventType } from '../../sim/index.ts';
import type { ReportContext } from './reportContext.ts';
import type { ReportBlock, ReportSection } from './reportModel.ts';

/** The kinds of event a reader of the report needs to follow the drill; the CSV has all the rest. */
const keyEventTypes: ReadonlySet<SimEventType> = new Set<SimEventType>([
  'inject.delivered', 'incident.started', 'incident.discovered', 'incident.phaseChanged', 'incident.casualties', 'incident.ended',
  'report.filed', 'response.levelSet', 'warning.issued', 'evacuation.ordered', 'evacuation.completed', 'shelter.opened',
  'road.closed', 'county.requested', 'county.arrived', 'drill.timeUp',
]);

/** Most key moments a report lists before pointing to the CSV. */
export const timelineLimit = 80;

const isKeyMoment = (e: SimEvent) => keyEventTypes.has(e.type) || (e.type === 'unit.arrived' && 'incident' in e.target);

function summary(ctx: ReportContext): ReportBlock[] {
  const { data, t } = ctx;
  const refused = data.record.orders.filter((o) => o.rejected !== null).length;
  const moved = data.state.villages.reduce((n, v) => n + v.movedCount, 0);
  const vulnerable = data.state.villages.reduce((n, v) => n + v.movedVulnerableCount, 0);
  const c = data.state.casualties;
  return [
    { kind: 'paragraph', text: t('exports.course.summary', { start: ctx.clock(0), end: ctx.clock(data.record.endS), elapsed: durationText(ctx.lang, data.record.endS), orders: data.record.orders.length, refused, events: data.events.length }) },
    { kind: 'paragraph', text: t('exports.course.toll', { moved, vulnerable, casualties: t('exports.course.casualties', { dead: c.deadCount, injured: c.injuredCount, missing: c.missingCount }) }) },
  ];
}

function incidentCourse(ctx: ReportContext): ReportBlock[] {
  const { data, t } = ctx;
  const started = data.state.incidents.filter((i) => i.status !== 'pending');
  if (started.length === 0) return [];
  return [{ kind: 'heading', text: t('exports.course.incidents') }, {
    kind: 'table',
    columns: [t('exports.col.incident'), t('exports.col.course'), t('exports.col.casualties')],
    rows: started.map((i) => [
      ctx.name(i.id),
      i.phaseHistory.map((p) => `${ctx.clock(p.atS)} ${phaseName(data.world, i.id, p.phase)[ctx.lang]}`).join(' → '),
      t('exports.course.casualties', { dead: i.casualties.deadCount, injured: i.casualties.injuredCount, missing: i.casualties.missingCount }),
    ]),
  }];
}

function timeline(ctx: ReportContext): ReportBlock[] {
  const { data, t } = ctx;
  const key = data.events.filter(isKeyMoment);
  const blocks: ReportBlock[] = [{ kind: 'heading', text: t('exports.course.timeline') }, {
    kind: 'table', columns: [t('exports.col.time'), t('exports.col.event')],
    rows: key.slice(0, timelineLimit).map((e) => [ctx.clock(e.timeS), describeEvent(data.world, e, ctx.lang)]),
  }];
  if (key.length > timelineLimit) blocks.push({ kind: 'paragraph', text: t('exports.course.more', { count: key.length - timelineLimit }) });
  return blocks;
}

function refusedOrders(ctx: ReportContext): ReportBlock[] {
  const { data, t } = ctx;
  const refused = data.record.orders.filter((o) => o.rejected !== null);
  if (refused.length === 0) return [];
  return [{ kind: 'heading', text: t('exports.course.refused') }, {
    kind: 'table', columns: [t('exports.col.time'), t('exports.col.team'), t('exports.col.order'), t('exports.col.reason')],
    rows: refused.map((o) => [ctx.clock(o.atS), ctx.name(o.order.by), t(`orderType.${o.order.type}`), recordedRefusalText(data.world, ctx.lang, o)]),
  }];
}

export function courseSection(ctx: ReportContext): ReportSection {
  return { id: 'course', title: ctx.t('exports.section.course'), blocks: [...summary(ctx), ...incidentCourse(ctx), ...timeline(ctx), ...refusedOrders(ctx)] };
}
