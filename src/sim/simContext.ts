// What orders and systems work with: the static world, the mutable state, chance, and the event sink.
import type { AnyStateMachine } from 'xstate';
import type { SimEventBody } from './events.ts';
import type { Incident } from './scenario/incidentSchema.ts';
import type { RandomStreams } from './random/RandomStreams.ts';
import type { UnitDefinition } from './scenario/rosterSchema.ts';
import type { ShelterState, SimState, UnitState, VillageState } from './state/simState.ts';
import type { Shelter, Village } from './world/townshipMap.ts';
import type { World } from './world/world.ts';

export interface SimContext {
  readonly world: World;
  readonly state: SimState;
  readonly random: RandomStreams;
  emit(event: SimEventBody): void;
  /** How many changes this run of the drill has made so far: every event emitted, and every change made without one
   *  (`changedQuietly`). Not part of the state (neither hashed nor saved): it only lets a system that reads much and
   *  changes little — sight — skip a second in which nothing has changed. */
  changeCount(): number;
  /** Counts a change to a unit made without an event (a loaded ambulance leaving the map and coming back). */
  changedQuietly(): void;
  /** The registry's definition of a factor (incidents/factorRegistry.ts), as far as the incident host runs it; passed
   *  in, so the host that runs the machines need not import the factors whose systems call it. */
  definitionOf(factor: string): FactorMachine | undefined;
}

/** What the incident host needs of a factor to start and run its incidents: the part of a factor's definition
 *  (incidents/factorDefinition.ts) that meets the sim context, declared here so that neither file needs the other. */
export interface FactorMachine {
  /** An XState v5 machine whose states are the phases a drill officer would name. */
  machine: AnyStateMachine;
  machineInput(spec: Incident, sim: SimContext): unknown;
  /** The factor's own physics state for one incident (plain JSON: it is hashed and saved). */
  initialPhysics(spec: Incident, sim: SimContext): unknown;
}

export function findUnit(ctx: SimContext, id: string): { def: UnitDefinition; state: UnitState } | undefined {
  const def = ctx.world.units.get(id);
  const state = ctx.state.units.find((u) => u.id === id);
  return def && state ? { def, state } : undefined;
}

export function findVillage(ctx: SimContext, id: string): { def: Village; state: VillageState } | undefined {
  const def = ctx.world.drill.map.villages.find((v) => v.id === id);
  const state = ctx.state.villages.find((v) => v.id === id);
  return def && state ? { def, state } : undefined;
}

export function findShelter(ctx: SimContext, id: string): { def: Shelter; state: ShelterState } | undefined {
  const def = ctx.world.drill.map.shelters.find((s) => s.id === id);
  const state = ctx.state.shelters.find((s) => s.id === id);
  return def && state ? { def, state } : undefined;
}
