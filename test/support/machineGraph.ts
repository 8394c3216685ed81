// Walks a machine's whole state graph with @xstate/graph: which states are reached, and whether an end is
// reachable from every one of them.
import { createTestModel, getStateNodes } from '@xstate/graph';
import type { AnyMachineSnapshot, AnyStateMachine, EventFromLogic, EventObject, InputFrom, SnapshotFrom } from 'xstate';

export interface GraphOptions<M extends AnyStateMachine> {
  input: InputFrom<M>;
  /** Sample events; event types left out are tried bare (`{ type }`). */
  events: readonly EventFromLogic<M>[];
  /** What makes two snapshots the same node (phase plus the context that matters): keeps the graph finite. */
  serializeState: (snapshot: SnapshotFrom<M>) => string;
}

export function walkMachine<M extends AnyStateMachine>(machine: M, options: GraphOptions<M>) {
  const serialize = (s: unknown) => options.serializeState(s as SnapshotFrom<M>);
  const model = createTestModel(machine, {
    input: options.input,
    events: [...options.events] as EventObject[],
    serializeState: serialize,
  } as never);
  const adjacency = model.getAdjacencyMap() as unknown as Record<string, { state: AnyMachineSnapshot; transitions: Record<string, { state: AnyMachineSnapshot }> }>;
  const keys = Object.keys(adjacency);
  const next = new Map(keys.map((k) => [k, Object.values(adjacency[k]!.transitions).map((t) => serialize(t.state))]));
  const reachedLeaves = new Set(keys.flatMap((k) => adjacency[k]!.state._nodes.filter((n) => n.type === 'atomic' || n.type === 'final').map((n) => n.id)));
  const allLeaves = getStateNodes(machine.root).filter((n) => n.type === 'atomic' || n.type === 'final').map((n) => n.id);
  const ends = new Set(keys.filter((k) => adjacency[k]!.state.status === 'done'));
  const canEnd = (start: string) => {
    const seen = new Set([start]);
    const queue = [start];
    while (queue.length > 0) {
      const k = queue.shift()!;
      if (ends.has(k)) return true;
      for (const n of next.get(k) ?? []) if (!seen.has(n)) { seen.add(n); queue.push(n); }
    }
    return false;
  };
  return {
    unreachedStates: allLeaves.filter((id) => !reachedLeaves.has(id)),
    deadEnds: keys.filter((k) => !canEnd(k)),
    paths: model.getShortestPaths(),
    nodeCount: keys.length,
  };
}
