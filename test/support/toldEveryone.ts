// For tests of what happens on scene rather than of who knows: the facilitator tells every team of an incident.
import type { Drill, Simulation } from '../../src/sim/index.ts';
import { createSimulation } from '../../src/sim/index.ts';

/** The facilitator's word to every team and the county that `incident` is under way (at once, as an inject). */
export function tellEveryone(sim: Simulation, incident: string): void {
  for (const team of [...sim.world.teams, 'county']) {
    const result = sim.dispatch({ type: 'relayInformation', by: 'facilitator', to: team, incident });
    if (!result.ok) throw new Error(`the facilitator could not tell ${team} of ${incident}: ${result.reason}`);
  }
}

/** The same as timed orders, for tests that run a list of orders: given at `atS`, before the orders of that second. */
export function toldEveryoneOrders(teams: Iterable<string>, incident: string, atS = 0) {
  return [...teams, 'county'].map((to) => ({ atS, order: { type: 'relayInformation' as const, by: 'facilitator', to, incident, channel: 'phone' as const } }));
}

/** A list of timed orders with the facilitator telling every team of each scenario incident as it starts. */
export function withEveryoneTold<O extends { atS: number }>(drill: Drill, orders: readonly O[]): (O | ReturnType<typeof toldEveryoneOrders>[number])[] {
  const teams = [...teamsOf(drill)];
  const told = drill.scenario.incidents.flatMap((i) => ('atS' in i.start ? toldEveryoneOrders(teams, i.id, i.start.atS) : []));
  return [...told, ...orders].sort((a, b) => a.atS - b.atS);
}

function teamsOf(drill: Drill): Set<string> {
  return createSimulation(drill).world.teams;
}
