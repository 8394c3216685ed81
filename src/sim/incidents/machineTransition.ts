// XState's pure `transition` for the incident host — the next snapshot and the actions to run, none of them run — with
// one inert actor scope per machine kept for the process's life, and each incident's live snapshot kept beside its
// persisted one. XState's `transition` builds a new actor for every event, and building it works out the machine's
// initial state (its context factory included) only to throw it away: a quarter of a heat wave's or a fire's drill.
// A kept scope carries nothing from one call to the next for our machines: they spawn, invoke and delay nothing (so
// its system never registers or schedules anything), and the actions are collected here, not executed.
// test/sim/incidents/machineTransition.test.ts checks it against `transition` event by event.
import type { ActionExecutor, AnyMachineSnapshot, AnyStateMachine, EventObject } from 'xstate';
import { createActor } from 'xstate';

/** An action as the machine asked for it (an `emit`'s event in its params). */
export interface MachineAction { type: string; params?: unknown }

/** The scope a machine's `transition` takes. */
type MachineScope = Parameters<AnyStateMachine['transition']>[2];

interface KeptScope { scope: MachineScope; collected: MachineAction[] }

const scopes = new WeakMap<AnyStateMachine, KeptScope>();

function scopeOf(machine: AnyStateMachine): KeptScope {
  let kept = scopes.get(machine);
  if (!kept) {
    const self = createActor(machine);
    const entry: KeptScope = { scope: undefined as unknown as MachineScope, collected: [] };
    const collect: ActionExecutor = (action) => { entry.collected.push(action); };
    entry.scope = { self, id: '', sessionId: '', logger: () => {}, defer: () => {}, emit: () => {}, system: self.system, stopChild: () => {}, actionExecutor: collect };
    scopes.set(machine, entry);
    kept = entry;
  }
  return kept;
}

/** The live snapshot each persisted snapshot the host wrote was made from (the persisted one shares its context). */
const liveOf = new WeakMap<object, AnyMachineSnapshot>();

/** The machine's snapshot for a persisted one: the live snapshot it was written from, or (a state loaded or copied)
 *  resolved again by the machine. */
export function liveSnapshot(machine: AnyStateMachine, persisted: object): AnyMachineSnapshot {
  return liveOf.get(persisted) ?? machine.resolveState(persisted as Parameters<AnyStateMachine['resolveState']>[0]);
}

/** The persisted form of a snapshot, to keep in the state; remembered with the snapshot for the next event. */
export function persistedSnapshot(machine: AnyStateMachine, snapshot: AnyMachineSnapshot): object {
  const persisted = machine.getPersistedSnapshot(snapshot) as object;
  liveOf.set(persisted, snapshot);
  return persisted;
}

/** What XState's `transition(machine, snapshot, event)` returns, without building an actor for it. */
export function machineTransition(machine: AnyStateMachine, snapshot: AnyMachineSnapshot, event: EventObject): [AnyMachineSnapshot, MachineAction[]] {
  const kept = scopeOf(machine);
  const actions: MachineAction[] = [];
  kept.collected = actions;
  const next = machine.transition(snapshot, event, kept.scope) as AnyMachineSnapshot;
  kept.collected = [];
  return [next, actions];
}
