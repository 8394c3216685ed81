// Whether a phase is one an incident ends in — a fire put out, a leak averted, a crowd cleared, everyone found — read
// from the final states of its factor's machine, so that knowing such a phase is knowing the incident is over.
import type { AnyStateMachine } from 'xstate';

/** Each machine's final phases, read from its graph once. */
const finalPhasesOf = new WeakMap<AnyStateMachine, ReadonlySet<string>>();

function finalPhases(machine: AnyStateMachine): ReadonlySet<string> {
  let phases = finalPhasesOf.get(machine);
  if (!phases) {
    // Only a top-level final state ends the machine (a nested one only ends its parent state).
    phases = new Set(Object.entries(machine.root.states).filter(([, node]) => node.type === 'final').map(([name]) => name));
    finalPhasesOf.set(machine, phases);
  }
  return phases;
}

/** True when `phase` is a final phase of `machine` (a factor's incident machine); false for null or an unknown factor. */
export function phaseEndsIncident(machine: AnyStateMachine | undefined, phase: string | null): boolean {
  return machine !== undefined && phase !== null && finalPhases(machine).has(phase);
}
