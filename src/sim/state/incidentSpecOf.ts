// An incident's spec by id, where the drill keeps it: the scenario's incidents in the static world, the curveballs
// the facilitator added in the state (SimState.curveballs), so a saved state carries its own curveballs.
import type { Incident } from '../scenario/incidentSchema.ts';
import type { World } from '../world/world.ts';
import type { SimState } from './simState.ts';

/** The spec of a scenario incident or an added curveball; undefined for an id that is neither. */
export function incidentSpecOf(world: World, state: Pick<SimState, 'curveballs'>, id: string): Incident | undefined {
  return world.drill.scenario.incidents.find((i) => i.id === id) ?? state.curveballs?.find((i) => i.id === id);
}
