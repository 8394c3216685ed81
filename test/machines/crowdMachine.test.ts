import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import type { CrowdEvent } from '../../src/machines/crowdMachine.ts';
import { crowdMachine } from '../../src/machines/crowdMachine.ts';
import { walkMachine } from '../support/machineGraph.ts';

const input = { denseDensityPerM2: 2, criticalDensityPerM2: 4, clearHoldS: 120 };
const tick = (timeS: number, peakDensityPerM2: number, more: Partial<Extract<CrowdEvent, { type: 'clock.tick' }>> = {}): CrowdEvent =>
  ({ type: 'clock.tick', timeS, peakDensityPerM2, crowdCount: 500, inflowOpen: true, fallenCount: 0, downCount: 0, ...more });
const closed = { inflowOpen: false };
const act = (action: 'stopInflow' | 'openExit' | 'oneWayFlow' | 'deployStewards' | 'broadcast'): CrowdEvent => ({ type: `action.${action}`, unit: 'u1', by: 'command-post' });

function run(events: CrowdEvent[]) {
  let [snapshot, actions] = initialTransition(crowdMachine, input);
  const emitted: unknown[] = [];
  const phases: string[] = [String(snapshot.value)];
  for (const event of events) {
    [snapshot, actions] = transition(crowdMachine, snapshot, event);
    emitted.push(...(actions as { type: string; params?: { event: unknown } }[]).filter((a) => a.type === 'xstate.emit').map((a) => a.params!.event));
    if (phases.at(-1) !== snapshot.value) phases.push(String(snapshot.value));
  }
  return { snapshot, emitted, phases };
}

describe('the crowd machine', () => {
  it('starts with the crowd gathering', () => {
    expect(run([]).snapshot.value).toBe('gathering');
  });

  it('turns dense at 2 p/m² and critical at 4 p/m² as the crowd packs in', () => {
    expect(run([tick(1, 1.5), tick(2, 2.1), tick(3, 3.9), tick(4, 4.2)]).phases).toEqual(['gathering', 'dense', 'critical']);
  });

  it('goes straight to critical when the density jumps', () => {
    expect(run([tick(1, 4.5)]).snapshot.value).toBe('critical');
  });

  it('calls a crush when someone falls, and says so', () => {
    const { snapshot, emitted } = run([tick(1, 4.5), tick(2, 5.6, { fallenCount: 2, downCount: 2 })]);
    expect(snapshot.value).toBe('crush');
    expect(emitted).toContainEqual({ type: 'incident.notice', notice: 'crush' });
  });

  it('stays in the crush while anyone is still down', () => {
    const fell = { fallenCount: 1, downCount: 1 };
    expect(run([tick(1, 5, fell), tick(2, 3, fell), tick(3, 1, { ...fell, ...closed })]).snapshot.value).toBe('crush');
  });

  it('leaves the crush once the fallen are out: dispersing if the density eases with nobody more coming, else critical', () => {
    const fell = { fallenCount: 1, downCount: 1 };
    expect(run([tick(1, 5, fell), tick(2, 3, { fallenCount: 1, ...closed })]).snapshot.value).toBe('dispersing');
    expect(run([tick(1, 5, fell), tick(2, 4.5, { fallenCount: 1, ...closed })]).snapshot.value).toBe('critical');
    expect(run([tick(1, 5, fell), tick(2, 3, { fallenCount: 1 })]).snapshot.value).toBe('critical');
  });

  it('disperses once the inflow has stopped and the density is below critical', () => {
    expect(run([tick(1, 4.5), tick(2, 4.5, closed)]).snapshot.value).toBe('critical');
    expect(run([tick(1, 4.5), tick(2, 3.5, closed)]).snapshot.value).toBe('dispersing');
  });

  it('is clear only after the crowd has stayed normal for the hold time with nobody coming', () => {
    const calm = (t: number) => tick(t, 1.5, closed);
    expect(run([tick(1, 3, closed), calm(10), calm(100)]).snapshot.value).toBe('dispersing');
    expect(run([tick(1, 3, closed), calm(10), calm(130)]).snapshot.value).toBe('clear');
    expect(run([tick(1, 3, closed), calm(10), tick(60, 2.5, closed), calm(100), calm(200)]).snapshot.value).toBe('dispersing');
  });

  it('turns critical again if the crowd packs back in while dispersing', () => {
    expect(run([tick(1, 3, closed), tick(2, 4.1, closed)]).snapshot.value).toBe('critical');
  });

  it('remembers the orders for the physics, and tells of the inflow stopping once', () => {
    const { snapshot, emitted } = run([act('stopInflow'), act('stopInflow'), act('openExit'), act('openExit'), act('oneWayFlow'), act('deployStewards'), act('broadcast')]);
    expect(snapshot.context).toMatchObject({ inflowStopped: true, exitsOpened: 2, oneWayFlow: true, stewardsDeployed: true, broadcasts: 1 });
    expect(emitted).toEqual([{ type: 'incident.notice', notice: 'inflowStopped' }]);
  });
});

describe('the crowd machine’s whole graph', () => {
  const fell = { fallenCount: 1, downCount: 1 };
  const walk = walkMachine(crowdMachine, {
    input,
    events: [
      tick(1, 2.5), tick(1, 4.5), tick(1, 5.5, fell), tick(1, 3, { fallenCount: 1 }), tick(1, 3, { fallenCount: 1, ...closed }),
      tick(1, 1, closed), tick(200, 1, closed), act('stopInflow'), act('broadcast'),
    ],
    serializeState: (s) => JSON.stringify([s.value, s.context.fallenCount, s.context.calmSinceS !== null, s.context.inflowStopped, s.context.broadcasts > 0]),
  });

  it('reaches every state', () => {
    expect(walk.unreachedStates).toEqual([]);
  });

  it('can end from every state it reaches', () => {
    expect(walk.deadEnds).toEqual([]);
    expect(walk.paths.some((p) => p.state.status === 'done')).toBe(true);
  });
});
