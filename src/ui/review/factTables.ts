// Facts from the record beside the score: each incident's course through its phases with its toll, and the
// reports filed with the elements they held and the state of the incident each stated (a 续报 that the fire is out).
import { phaseName } from '../../i18n/describeEvent.ts';
import { translate } from '../../i18n/translate.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import { incidentSpecOf } from '../../sim/index.ts';
import { h } from '../buildElement.ts';
import { phaseLabel } from '../forms/statedPhase.ts';
import { listText } from '../listText.ts';
import type { ReviewContext } from './reviewContext.ts';
import { reviewTable } from './reviewTable.ts';

const elementNames = ['unit', 'occurredAtS', 'place', 'scene', 'factor', 'course', 'casualties', 'estimatedLossYuan', 'measures', 'other'] as const;

export function incidentTable(ctx: ReviewContext): HTMLElement {
  const { lang } = ctx;
  const { world, state } = ctx.drill;
  return h('section', {}, [
    h('h3', {}, [ui(lang, 'review.incidents')]),
    reviewTable(lang, [ui(lang, 'review.col.incident'), ui(lang, 'review.col.course'), ui(lang, 'incident.casualties')], state.incidents.filter((i) => i.status !== 'pending').map((i) => [
      ctx.name(i.id), i.phaseHistory.map((p) => `${ctx.at(p.atS)} ${phaseName(world, i.id, p.phase)[lang]}`).join(' → '),
      ui(lang, 'incident.casualtiesLong', { dead: i.casualties.deadCount, injured: i.casualties.injuredCount, missing: i.casualties.missingCount }),
    ]), 'review-incidents'),
  ]);
}

/** The phase each filed report stated, in the order filed (the record's accepted reports are the state's, one for one). */
function statedPhases(ctx: ReviewContext): (string | null)[] {
  return ctx.drill.record.orders.flatMap((o) => (o.rejected === null && o.order.type === 'fileReport' ? [o.order.phase ?? null] : []));
}

export function reportTable(ctx: ReviewContext): HTMLElement {
  const { lang } = ctx;
  const { world, state } = ctx.drill;
  const phases = statedPhases(ctx);
  const stated = (index: number, incident: string | null): string => {
    const phase = phases[index] ?? null;
    const factor = incident === null ? undefined : incidentSpecOf(world, state, incident)?.factor;
    return phase === null || factor === undefined ? '' : ` · ${ui(lang, 'report.phaseStated', { phase: phaseLabel(factor, phase, lang) })}`;
  };
  return h('section', {}, [
    h('h3', {}, [ui(lang, 'review.reports')]),
    reviewTable(lang, [ui(lang, 'review.col.time'), ui(lang, 'review.col.report'), ui(lang, 'review.col.elements')], state.reports.map((r, index) => [
      ctx.at(r.atS), `${ctx.name(r.by)} → ${ctx.name(r.to)} · ${translate(lang, `report.${r.kind}`)}${r.incident ? ` · ${ctx.name(r.incident)}` : ''}${stated(index, r.incident)}`,
      listText(lang, elementNames.filter((e) => r.elements[e] !== undefined).map((e) => ui(lang, `report.element.${e}`))),
    ]), 'debrief-reports'),
  ]);
}
