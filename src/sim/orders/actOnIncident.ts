// Order: act on an incident — close the valve, shore the trench, set up a cooling point … — with a unit on
// scene that can do it. The factor says which actions exist; the action reaches the incident's machine.
import { z } from 'zod';
import type { SimContext } from '../simContext.ts';
import { findUnit } from '../simContext.ts';
import { Id } from '../scenario/vocabulary.ts';
import { availableActions, isFactorAction, unitCanCarryOut } from '../incidents/availableActions.ts';
import { incidentSpec, sendToIncident } from '../incidents/incidentHost.ts';
import { targetIncident } from '../state/target.ts';
import { rejectUnknownTeam, rejectUnlessCommands } from './authority.ts';
import type { OrderOutcome } from './rejection.ts';
import { accepted, reject } from './rejection.ts';
import { rejectUnlessKnows } from '../knowledge/knows.ts';

export const ActOnIncidentOrder = z.strictObject({
  type: z.literal('actOnIncident'),
  by: Id,
  incident: Id,
  action: z.string().regex(/^[a-zA-Z]+$/).max(40),
  unit: Id.optional(),
});
export type ActOnIncidentOrder = z.infer<typeof ActOnIncidentOrder>;

export function actOnIncident(ctx: SimContext, order: ActOnIncidentOrder): OrderOutcome {
  const refused = rejectUnknownTeam(ctx, order.by);
  if (refused) return refused;
  const incident = ctx.state.incidents.find((i) => i.id === order.incident);
  if (!incident) return reject('unknown-incident', { incident: order.incident });
  const unknown = rejectUnlessKnows(ctx, order.by, incident.id);
  if (unknown) return unknown;
  if (incident.status !== 'active') return reject('incident-not-active', { incident: incident.id });
  if (!isFactorAction(incident.factor, order.action)) return reject('unknown-action', { incident: incident.id, action: order.action });
  const action = availableActions(incidentSpec(ctx, incident.id)).find((a) => a.id === order.action);
  if (!action) return reject('action-not-for-incident', { incident: incident.id, action: order.action });
  if (action.capabilities !== null && order.unit === undefined) return reject('action-needs-unit');
  if (order.unit !== undefined) {
    const unit = findUnit(ctx, order.unit);
    if (!unit) return reject('unknown-unit', { unit: order.unit });
    const notYours = rejectUnlessCommands(ctx, order.by, unit.def, unit.state);
    if (notYours) return notYours;
    if (unit.state.status !== 'onScene' || targetIncident(unit.state.target) !== incident.id) return reject('unit-not-on-scene', { unit: unit.def.id, incident: incident.id });
    if (!unitCanCarryOut(action, unit.def.capabilities)) return reject('unit-lacks-capability', { unit: unit.def.id });
  }

  ctx.emit({ type: 'incident.action', incident: incident.id, action: order.action, by: order.by, unit: order.unit ?? null });
  sendToIncident(ctx, incident, { type: `action.${order.action}`, unit: order.unit ?? null, by: order.by });
  return accepted;
}
