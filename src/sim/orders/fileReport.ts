// Order: file an accident report — the first report (快报) with the six elements, then follow-ups (续报).
// Villages, stations and enterprises report to the township command post; the command post reports to the county.
// Incomplete or untrue reports are accepted as filed: judging 漏报 and 谎报 is the scoring's job.
import { z } from 'zod';
import type { SimContext } from '../simContext.ts';
import { Id, TeamCommandPost } from '../scenario/vocabulary.ts';
import { ReportElementsSchema } from '../state/reportElements.ts';
import { rejectUnknownTeam } from './authority.ts';
import type { OrderOutcome } from './rejection.ts';
import { accepted, reject } from './rejection.ts';
import { learn } from '../knowledge/learn.ts';
import { rejectUnlessKnows } from '../knowledge/knows.ts';
import type { KnownFigures } from '../knowledge/knowledgeState.ts';
import type { ReportElements } from '../state/reportElements.ts';
import { reporterFigures } from './reporterFigures.ts';
import { ToldPhase } from './relayInformation.ts';

export const FileReportOrder = z.strictObject({
  type: z.literal('fileReport'),
  by: Id,
  kind: z.enum(['initial', 'followUp']),
  /** The incident reported on, when the drill has incidents. */
  incident: Id.optional(),
  elements: ReportElementsSchema,
  /** 'reporter': the casualties and loss are what the reporting team knows when it files (a plan written once for
   *  every seed); otherwise they are as written. */
  figuresFrom: z.literal('reporter').optional(),
  /** The incident's phase as the report states it (a 续报 that the fire is out: `extinguished`); the receiver then
   *  knows it, right or wrong. */
  phase: ToldPhase.optional(),
});
export type FileReportOrder = z.infer<typeof FileReportOrder>;

/** Each team reports one level up. */
export function reportRecipient(by: string): string {
  return by === TeamCommandPost ? 'county' : TeamCommandPost;
}

/** The drill's only started incident, which a report naming none is about; null when there are none or several. */
function soleStartedIncident(ctx: SimContext): string | null {
  const started = ctx.state.incidents.filter((i) => i.status !== 'pending');
  return started.length === 1 ? started[0]!.id : null;
}

export function fileReport(ctx: SimContext, order: FileReportOrder): OrderOutcome {
  const refused = rejectUnknownTeam(ctx, order.by);
  if (refused) return refused;
  const incident = order.incident ?? null;
  if (incident !== null && !ctx.state.incidents.some((i) => i.id === incident && i.status !== 'pending')) {
    return reject('unknown-incident', { incident });
  }
  const unknown = incident === null ? null : rejectUnlessKnows(ctx, order.by, incident);
  if (unknown) return unknown;
  const about = incident ?? soleStartedIncident(ctx);
  const figures = order.figuresFrom === 'reporter' && about !== null ? reporterFigures(ctx, about, order.by) : null;
  if (order.figuresFrom === 'reporter' && !figures) return reject('unknown-incident', { incident: about ?? '' });
  const filedFirst = ctx.state.reports.some((r) => r.by === order.by && r.kind === 'initial' && r.incident === incident);
  if (order.kind === 'followUp' && !filedFirst) return reject('no-initial-report');

  const report = {
    id: `report-${ctx.state.reports.length + 1}`,
    atS: ctx.state.timeS,
    by: order.by,
    to: reportRecipient(order.by),
    kind: order.kind,
    incident,
    elements: figures ? { ...order.elements, ...figures } : order.elements,
  };
  ctx.state.reports.push(report);
  ctx.emit({ type: 'report.filed', report: report.id, by: report.by, to: report.to, kind: report.kind, incident, ...(figures ? { figures } : {}) });
  if (incident !== null) {
    const told = reportedFigures(figures ? { ...order.elements, casualties: figures.casualties, estimatedLossYuan: figures.estimatedLossYuan } : order.elements);
    learn(ctx, { team: report.to, incident, via: 'report', from: report.by, figures: order.phase === undefined ? told : { ...told, phase: order.phase } });
  }
  return accepted;
}

/** What a written report tells its receiver, as filed (an understated count is what the receiver then knows). */
function reportedFigures(elements: ReportElements): Partial<KnownFigures> {
  const figures: Partial<KnownFigures> = {};
  if (elements.casualties) figures.casualties = { ...elements.casualties };
  if (elements.estimatedLossYuan !== undefined) figures.lossYuan = elements.estimatedLossYuan;
  return figures;
}
