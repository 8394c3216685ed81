// Order of the facilitator (导演组): add a curveball incident (突发情况) of one of the township's templates where the
// map was clicked. It starts now, under a fresh id, and runs, is discovered, reported and scored like any other.
import { z } from 'zod';
import type { SimContext } from '../simContext.ts';
import { curveballIncident, findTemplate, isIncident } from '../curveballs/curveballIncident.ts';
import { pendingIncident } from '../incidents/incidentState.ts';
import { startIncident } from '../incidents/incidentHost.ts';
import { Id, TeamFacilitator } from '../scenario/vocabulary.ts';
import { crowdAgentStepsPerS, maxCrowdAgentStepsPerS } from '../scenario/drillCost.ts';
import type { OrderOutcome } from './rejection.ts';
import { accepted, reject } from './rejection.ts';

export const AddIncidentOrder = z.strictObject({
  type: z.literal('addIncident'),
  by: Id,
  template: Id,
  /** The clicked point, in metres from the map's top-left corner. */
  at: z.strictObject({ xM: z.number(), yM: z.number() }),
});
export type AddIncidentOrder = z.infer<typeof AddIncidentOrder>;

/** `curveball-1`, `curveball-2` …: the first such id no incident of the drill has yet. */
function freshId(ctx: SimContext): string {
  const taken = new Set(ctx.state.incidents.map((i) => i.id));
  let n = (ctx.state.curveballs?.length ?? 0) + 1;
  while (taken.has(`curveball-${n}`) || ctx.world.objects.has(`curveball-${n}`)) n++;
  return `curveball-${n}`;
}

export function addIncident(ctx: SimContext, order: AddIncidentOrder): OrderOutcome {
  if (order.by !== TeamFacilitator) return reject('facilitator-adds-incidents');
  const { drill } = ctx.world;
  const template = findTemplate(drill, order.template);
  if (!template) return reject('unknown-curveball', { template: order.template });
  const point = order.at;
  const { map } = drill;
  if (!(point.xM >= 0 && point.yM >= 0 && point.xM < map.widthCells * map.cellSizeM && point.yM < map.heightCells * map.cellSizeM)) return reject('target-off-map');
  const id = freshId(ctx);
  const spec = curveballIncident(drill, template, point, id, ctx.state.timeS);
  if (!isIncident(spec)) return spec.withinM > 0 ? reject('nothing-to-place-on', { what: spec.wanted, distanceM: spec.withinM }) : reject('wrong-ground', { what: spec.wanted });
  const agentStepsPerS = crowdAgentStepsPerS([...drill.scenario.incidents, ...(ctx.state.curveballs ?? []), spec]);
  if (spec.factor === 'crowd' && agentStepsPerS > maxCrowdAgentStepsPerS) return reject('curveball-over-budget', { agentStepsPerS: Math.round(agentStepsPerS), maxAgentStepsPerS: maxCrowdAgentStepsPerS });
  (ctx.state.curveballs ??= []).push(spec);
  const incident = pendingIncident(id, spec.factor, spec.groundTruth.estimatedLossYuan);
  ctx.state.incidents.push(incident);
  ctx.emit({ type: 'incident.added', incident: id, template: template.id, factor: spec.factor, by: order.by, xM: point.xM, yM: point.yM });
  startIncident(ctx, incident);
  return accepted;
}
