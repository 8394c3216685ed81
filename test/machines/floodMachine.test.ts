import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import type { FloodEvent, FloodInput, FloodTick } from '../../src/machines/floodMachine.ts';
import { floodMachine } from '../../src/machines/floodMachine.ts';
import { walkMachine } from '../support/machineGraph.ts';

const input: FloodInput = { warningStageM: 124.5, alertSignal: 'yellow', recoveredDepthM: 0.15 };
let clock = 0;
const tick = (over: Partial<FloodTick> = {}): FloodTick => ({
  type: 'clock.tick', timeS: (clock += 60), stageM: 123, crestM: 126.8, signal: 'none', rainOver: false,
  seepageFound: false, breached: false, villageDepthM: 0, vehiclesSwept: 0, ...over,
});
const act = (action: 'sandbag' | 'pump' | 'patrolDike', unit: string | null = 'u1'): FloodEvent => ({ type: `action.${action}`, unit, by: 'command-post' });
const clear = { rainOver: true, signal: 'none', stageM: 123, villageDepthM: 0.05 } as const;

function run(events: FloodEvent[]) {
  let [snapshot] = initialTransition(floodMachine, input);
  const notices: string[] = [];
  for (const event of events) {
    const [next, actions] = transition(floodMachine, snapshot, event);
    snapshot = next;
    for (const a of actions as { type: string; params?: { event: { notice: string } } }[]) if (a.type === 'xstate.emit') notices.push(a.params!.event.notice);
  }
  return { phase: snapshot.value, context: snapshot.context, done: snapshot.status === 'done', notices };
}

describe('the flood machine', () => {
  it('starts on flood watch', () => {
    expect(run([]).phase).toBe('watch');
  });

  it('raises the rainstorm warning once the forecast gives the alert signal, not for a weaker one', () => {
    expect(run([tick({ signal: 'blue' })]).phase).toBe('watch');
    expect(run([tick({ signal: 'yellow' })]).phase).toBe('warning');
    expect(run([tick({ signal: 'red' })]).phase).toBe('warning');
  });

  it('goes over the warning level when the river reaches it', () => {
    expect(run([tick({ signal: 'orange' }), tick({ stageM: 124.4 })]).phase).toBe('warning');
    expect(run([tick({ signal: 'orange' }), tick({ stageM: 124.5 })]).phase).toBe('rising');
    expect(run([tick({ stageM: 125 })]).phase).toBe('rising');
  });

  it('calls overtopping when the river is over the lowest crest, and drops back when sandbags lift the crest above it', () => {
    const over = run([tick({ stageM: 125 }), tick({ stageM: 126.9 })]);
    expect(over.phase).toBe('overtopping');
    expect(over.notices).toContain('overtopping');
    expect(run([tick({ stageM: 125 }), tick({ stageM: 126.9 }), tick({ stageM: 127, crestM: 127.3 })]).phase).toBe('rising');
  });

  it('marks the breach once, with its time, and tells the feed', () => {
    const breached = run([tick({ stageM: 125 }), tick({ stageM: 126, breached: true }), tick({ stageM: 126.2, breached: true })]);
    expect(breached.phase).toBe('breached');
    expect(breached.context.breachAtS).toBe(clock - 60);
    expect(breached.notices.filter((n) => n === 'breach')).toHaveLength(1);
  });

  it('recedes when the river falls below the warning level, and returns to the breach if it rises again', () => {
    const calm = run([tick({ stageM: 125 }), tick({ stageM: 124 })]);
    expect(calm.phase).toBe('receding');
    expect(run([tick({ stageM: 125 }), tick({ stageM: 124 }), tick({ stageM: 125 })]).phase).toBe('rising');
    const reopened = run([tick({ stageM: 125, breached: true }), tick({ stageM: 124, breached: true }), tick({ stageM: 124.6, breached: true })]);
    expect(reopened.phase).toBe('breached');
    expect(reopened.notices.filter((n) => n === 'breach')).toHaveLength(1);
  });

  it('declares all clear only when the rain is over, the river down and the villages dry', () => {
    expect(run([tick({ stageM: 125 }), tick({ stageM: 124 }), tick({ ...clear, villageDepthM: 0.4 })]).phase).toBe('receding');
    expect(run([tick({ stageM: 125 }), tick({ stageM: 124 }), tick({ ...clear, rainOver: false })]).phase).toBe('receding');
    const ended = run([tick({ stageM: 125 }), tick({ stageM: 124 }), tick(clear)]);
    expect(ended.phase).toBe('recovered');
    expect(ended.done).toBe(true);
    expect(run([tick({ signal: 'yellow' }), tick(clear)]).phase).toBe('recovered');
  });

  it('tells the feed once when seepage is found and once when water first stands in a village', () => {
    const { notices, context } = run([tick({ seepageFound: true, villageDepthM: 0.3 }), tick({ seepageFound: true, villageDepthM: 0.5 })]);
    expect(notices.filter((n) => n === 'seepageFound')).toHaveLength(1);
    expect(notices.filter((n) => n === 'villageFlooded')).toHaveLength(1);
    expect(context.seepageFoundAtS).toBe(clock - 60);
  });

  it('tells the feed each time a car is swept away', () => {
    expect(run([tick({ vehiclesSwept: 1 }), tick(), tick({ vehiclesSwept: 2 })]).notices.filter((n) => n === 'vehicleSwept')).toHaveLength(2);
  });

  it('remembers who sandbags, pumps and patrols, and forgets a unit that leaves', () => {
    const working = run([act('sandbag', 'b'), act('sandbag', 'a'), act('sandbag', 'a'), act('pump', 'p'), act('patrolDike', 'd'), act('pump', null)]);
    expect(working.context).toMatchObject({ sandbaggers: ['a', 'b'], pumpers: ['p'], patrollers: ['d'] });
    const left = run([act('sandbag', 'a'), act('pump', 'a'), act('patrolDike', 'a'), { type: 'unit.left', unit: 'a' }]);
    expect(left.context).toMatchObject({ sandbaggers: [], pumpers: [], patrollers: [] });
  });
});

describe('the flood machine’s whole graph', () => {
  const walk = walkMachine(floodMachine, {
    input,
    events: [
      tick(), tick({ signal: 'orange' }), tick({ stageM: 125 }), tick({ stageM: 127 }), tick({ stageM: 125.5, breached: true }),
      tick({ stageM: 124, breached: true }), tick({ stageM: 124 }), tick(clear), tick({ seepageFound: true, villageDepthM: 0.4, vehiclesSwept: 1 }),
      act('sandbag'), act('pump'), act('patrolDike'), { type: 'unit.left', unit: 'u1' },
    ],
    serializeState: (s) => JSON.stringify([s.value, s.context.sandbaggers.length, s.context.pumpers.length, s.context.patrollers.length,
      s.context.seepageFoundAtS !== null, s.context.breachAtS !== null, s.context.villageFloodedAtS !== null]),
  });

  it('reaches every state', () => {
    expect(walk.unreachedStates).toEqual([]);
  });

  it('can end from every state it reaches', () => {
    expect(walk.deadEnds).toEqual([]);
    expect(walk.paths.some((p) => p.state.status === 'done')).toBe(true);
  });
});
