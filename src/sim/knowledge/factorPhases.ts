// The phases a person may state of an incident — in a report (续报 "the fire is out") or a call — read from its factor's
// machine: every phase in the graph's order, the final ones (the incident is over) marked, so a form offers words,
// never codes, and the same phases the core then takes as "over" (phaseEndsIncident.ts).
import type { AnyStateMachine } from 'xstate';
import { factorDefinitionOf } from '../incidents/factorRegistry.ts';
import { phaseEndsIncident } from './phaseEndsIncident.ts';

export interface FactorPhase {
  /** As the core names it (`extinguished`, `blast.aftermath`). */
  phase: string;
  /** A phase the incident ends in: stating it says the incident is over. */
  final: boolean;
}

type Node = AnyStateMachine['root'];

/** A state the machine only passes through to choose its course (poisoning's `routing`): never a phase anyone sees. */
const routes = (node: Node): boolean => (node.always?.length ?? 0) > 0 && Object.keys(node.on).length === 0;

function leaves(node: Node): Node[] {
  const children = Object.values(node.states);
  return children.length === 0 ? [node] : children.flatMap(leaves);
}

const phaseOfNode = (node: Node): string => node.path.join('.');

function targetsOf(node: Node): Node[] {
  const transitions = [...Object.values(node.on).flat(), ...(node.always ?? [])];
  return transitions.flatMap((t) => [...(t.target ?? [])]).flatMap(leaves);
}

interface PhaseGraph { phases: FactorPhase[]; neighbours: Map<string, Set<string>> }

const graphs = new WeakMap<AnyStateMachine, PhaseGraph>();

/** The machine's phases and which touch which (either way), leaving its routing states out. */
function phaseGraph(machine: AnyStateMachine): PhaseGraph {
  let graph = graphs.get(machine);
  if (graph) return graph;
  const nodes = leaves(machine.root).filter((n) => !routes(n));
  const neighbours = new Map(nodes.map((n) => [phaseOfNode(n), new Set<string>()]));
  for (const node of nodes) {
    for (const target of targetsOf(node)) {
      if (routes(target) || target === node) continue;
      neighbours.get(phaseOfNode(node))?.add(phaseOfNode(target));
      neighbours.get(phaseOfNode(target))?.add(phaseOfNode(node));
    }
  }
  graph = { phases: nodes.map((n) => ({ phase: phaseOfNode(n), final: phaseEndsIncident(machine, phaseOfNode(n)) })), neighbours };
  graphs.set(machine, graph);
  return graph;
}

/** Every phase an incident of `factor` can be in, in its machine's order, the final ones marked; none for an unknown factor. */
export function factorPhases(factor: string): readonly FactorPhase[] {
  const machine = factorDefinitionOf(factor)?.machine;
  return machine ? phaseGraph(machine).phases : [];
}

/**
 * The phases a team may state of an incident of `factor` it knows to be in `knownPhase`: those of the same course (a
 * food poisoning's, not a chlorine leak's — joined to it in the machine's graph without passing through the routing
 * state that chose the course), in the machine's order; every phase of the factor when it knows none (or one the
 * factor does not have). Guards are not read: a phase is offered when some course of events leads there.
 */
export function phasesToState(factor: string, knownPhase: string | null): readonly FactorPhase[] {
  const machine = factorDefinitionOf(factor)?.machine;
  if (!machine) return [];
  const { phases, neighbours } = phaseGraph(machine);
  if (knownPhase === null || !neighbours.has(knownPhase)) return phases;
  const course = new Set([knownPhase]);
  for (const phase of course) for (const next of neighbours.get(phase) ?? []) course.add(next);
  return phases.filter((p) => course.has(p.phase));
}
