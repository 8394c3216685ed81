// A machine's phases as the sim names them: its state values as dotted paths (`leaking`, `blast.aftermath`),
// derived from the machine's own graph, so a phase the machine does not have is a type error.
import type { AnyStateMachine, StateValueFrom } from 'xstate';

type DottedPath<Value> = Value extends string ? Value : { [Key in keyof Value & string]: `${Key}.${DottedPath<Value[Key]>}` }[keyof Value & string];

export type MachinePhase<Machine extends AnyStateMachine> = DottedPath<StateValueFrom<Machine>>;
