import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import type { ExplosionEvent } from '../../src/machines/explosionMachine.ts';
import { explosionMachine } from '../../src/machines/explosionMachine.ts';
import { walkMachine } from '../support/machineGraph.ts';

const tick = (timeS: number, cloudKg: number, ignited = false): ExplosionEvent => ({ type: 'clock.tick', timeS, cloudKg, ignitableCloudKg: 10, ignited });
const act = (action: 'closeValve' | 'ventilate' | 'evacuateSite' | 'cordon' | 'cutPower' | 'declareSafe'): ExplosionEvent => ({ type: `action.${action}`, unit: 'u1', by: 'command-post' });
const rescuers: ExplosionEvent = { type: 'unit.arrived', unit: 'rescue-1', capabilities: ['search'], crewCount: 6 };

function run(events: ExplosionEvent[]) {
  let [snapshot, actions] = initialTransition(explosionMachine, { searchS: 600 });
  const emitted: unknown[] = [];
  for (const event of events) {
    [snapshot, actions] = transition(explosionMachine, snapshot, event);
    emitted.push(...(actions as { type: string; params?: { event: unknown } }[]).filter((a) => a.type === 'xstate.emit').map((a) => a.params!.event));
  }
  return { snapshot, emitted };
}

describe('the explosion machine', () => {
  it('starts with gas leaking', () => {
    expect(run([]).snapshot.value).toBe('leaking');
  });

  it('keeps leaking while the cloud has not ignited', () => {
    expect(run([tick(10, 50), tick(20, 80)]).snapshot.value).toBe('leaking');
  });

  it('blows up when the cloud ignites, and says so for secondary incidents', () => {
    const { snapshot, emitted } = run([tick(10, 50), tick(20, 80, true)]);
    expect(snapshot.value).toBe('blast');
    expect(snapshot.context.blastAtS).toBe(20);
    expect(emitted).toContainEqual({ type: 'incident.notice', notice: 'blast' });
  });

  it('is averted once the valve is shut and the cloud has thinned out', () => {
    expect(run([tick(10, 50), act('closeValve'), tick(20, 5)]).snapshot.value).toBe('leaking');
    expect(run([tick(10, 50), act('closeValve'), tick(20, 0.5)]).snapshot.value).toBe('averted');
  });

  it('is not averted by a thin cloud while the valve is still open', () => {
    expect(run([tick(10, 0.1)]).snapshot.value).toBe('leaking');
  });

  it('moves on from the blast to search and rescue', () => {
    expect(run([tick(10, 50, true), tick(20, 50)]).snapshot.value).toBe('aftermath');
  });

  it('refuses to declare the site safe before rescuers have searched long enough', () => {
    expect(run([tick(10, 50, true), rescuers, tick(20, 50), tick(300, 50), act('declareSafe')]).snapshot.value).toBe('aftermath');
    expect(run([tick(10, 50, true), tick(20, 50), tick(900, 50), act('declareSafe')]).snapshot.value).toBe('aftermath');
    expect(run([tick(10, 50, true), rescuers, tick(20, 50), tick(700, 50), act('declareSafe')]).snapshot.value).toBe('cleared');
  });

  it('stops counting search time when the rescuers leave', () => {
    const left: ExplosionEvent = { type: 'unit.left', unit: 'rescue-1' };
    expect(run([tick(10, 50, true), rescuers, tick(20, 50), left, tick(900, 50), act('declareSafe')]).snapshot.value).toBe('aftermath');
  });

  it('remembers the cordon, the evacuation, ventilation and the power cut for the physics', () => {
    const { context } = run([act('cordon'), act('evacuateSite'), act('ventilate'), act('cutPower')]).snapshot;
    expect(context).toMatchObject({ cordoned: true, siteEvacuated: true, ventilated: true, powerCut: true });
  });
});

describe('the explosion machine’s whole graph', () => {
  const walk = walkMachine(explosionMachine, {
    input: { searchS: 600 },
    events: [tick(10, 50), tick(10, 50, true), tick(1000, 0.1), act('closeValve'), act('ventilate'), act('declareSafe'), rescuers, { type: 'unit.left', unit: 'rescue-1' }],
    serializeState: (s) => JSON.stringify([s.value, s.context.valveClosed, s.context.searchers.length, s.context.searchedS >= 600, s.context.blastAtS !== null]),
  });

  it('reaches every state', () => {
    expect(walk.unreachedStates).toEqual([]);
  });

  it('can end from every state it reaches', () => {
    expect(walk.deadEnds).toEqual([]);
    expect(walk.paths.some((p) => p.state.status === 'done')).toBe(true);
  });
});
