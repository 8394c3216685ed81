// Tells an incident's machine when units reach it and when they leave it, so phases can depend on who is there.
import { sendToIncident } from '../incidents/incidentHost.ts';
import type { SimContext } from '../simContext.ts';
import type { UnitState } from '../state/simState.ts';
import { targetIncident } from '../state/target.ts';

function incidentOf(ctx: SimContext, unit: UnitState) {
  const id = targetIncident(unit.target);
  return id === null ? undefined : ctx.state.incidents.find((i) => i.id === id);
}

export function announceArrival(ctx: SimContext, unit: UnitState): void {
  const incident = incidentOf(ctx, unit);
  if (!incident) return;
  const def = ctx.world.units.get(unit.id)!;
  sendToIncident(ctx, incident, { type: 'unit.arrived', unit: unit.id, capabilities: def.capabilities, crewCount: def.crewCount });
}

/** Call before a unit on scene at an incident is sent elsewhere. */
export function announceDeparture(ctx: SimContext, unit: UnitState): void {
  if (unit.status !== 'onScene') return;
  const incident = incidentOf(ctx, unit);
  if (incident) sendToIncident(ctx, incident, { type: 'unit.left', unit: unit.id });
}

/** Units standing at an incident, in roster order. */
export function unitsAtIncident(ctx: SimContext, incident: string): UnitState[] {
  return ctx.state.units.filter((u) => u.status === 'onScene' && targetIncident(u.target) === incident);
}
