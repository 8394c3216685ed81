// What a disaster factor brings to the sim: its incident machine, the machine's input, its physics state and
// systems, and the actions players can take on its incidents. One definition per factor, in factorRegistry.ts.
import type { AnyStateMachine } from 'xstate';
import type { SimContext } from '../simContext.ts';
import type { IncidentBase } from '../scenario/incidentBase.ts';
import type { Capability, Factor } from '../scenario/vocabulary.ts';
import type { System } from '../systems/system.ts';

export interface IncidentActionDefinition<Spec extends IncidentBase = IncidentBase> {
  /** A unit on scene with one of these capabilities must carry the action out; null when a team can act without one. */
  capabilities: readonly Capability[] | null;
  /** Whether the action fits this incident of the factor (sealing food fits a food poisoning, not a chlorine leak); all do when absent. */
  appliesTo?(spec: Spec): boolean;
}

export interface FactorDefinition<Spec extends IncidentBase = IncidentBase, Physics = unknown> {
  factor: Factor;
  /** An XState v5 machine whose states are the phases a drill officer would name. No `after` delays: time arrives as `clock.tick`. */
  machine: AnyStateMachine;
  machineInput(spec: Spec, ctx: SimContext): unknown;
  /** The factor's own physics state for one incident (plain JSON: it is hashed and saved). */
  initialPhysics(spec: Spec, ctx: SimContext): Physics;
  /** Per-tick physics, run after the township's own systems, in this order. */
  systems: readonly System[];
  /** Actions players may order on an incident of this factor; each reaches the machine as `action.<name>`. */
  actions: Readonly<Record<string, IncidentActionDefinition<Spec>>>;
  /**
   * True when a warning reaching a village once the incident has begun keeps its people safe where they are
   * (indoors, doors and windows shut): scoring then counts them as protected, as it does people moved out.
   */
  sheltersInPlace?(spec: Spec): boolean;
}

/** Keeps a factor's own spec and physics types inside its definition while the registry holds them all. */
export function defineFactor<Spec extends IncidentBase, Physics>(definition: FactorDefinition<Spec, Physics>): FactorDefinition {
  return definition;
}
