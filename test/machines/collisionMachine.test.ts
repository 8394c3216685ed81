import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import type { CollisionEvent, CollisionReadings } from '../../src/machines/collisionMachine.ts';
import { collisionMachine } from '../../src/machines/collisionMachine.ts';
import { walkMachine } from '../support/machineGraph.ts';

const calm: CollisionReadings = { roadClosed: false, secondCollision: false, onSceneCount: 20, untriagedCount: 24, deadCount: 2, grade: 'general' };
const tick = (timeS: number, readings: Partial<CollisionReadings> = {}): CollisionEvent => ({ type: 'clock.tick', timeS, ...calm, ...readings });
type ActionName = 'secureScene' | 'triage' | 'transportRedFirst' | 'extricate' | 'clearScene';
const act = (action: ActionName, unit = 'jj-patrol-1'): CollisionEvent => ({ type: `action.${action}`, unit, by: 'command-post' });
const left = (unit: string): CollisionEvent => ({ type: 'unit.left', unit });

function run(events: CollisionEvent[]) {
  let [snapshot, actions] = initialTransition(collisionMachine, {});
  const notices: string[] = [];
  for (const event of events) {
    [snapshot, actions] = transition(collisionMachine, snapshot, event);
    for (const a of actions as { type: string; params?: { event: { notice: string } } }[]) if (a.type === 'xstate.emit') notices.push(a.params!.event.notice);
  }
  return { snapshot, notices };
}

describe('the collision machine', () => {
  it('starts at the crash and finds the scene unsecured at the first tick', () => {
    expect(run([]).snapshot.value).toBe('crash');
    expect(run([tick(0)]).snapshot.value).toBe('unsecured');
  });

  it('is secured when traffic police set warnings, and says nothing twice', () => {
    const { snapshot, notices } = run([tick(0), act('secureScene')]);
    expect(snapshot.value).toBe('secured');
    expect(snapshot.context.securers).toEqual(['jj-patrol-1']);
    expect(notices).not.toContain('sceneSecured');
  });

  it('counts a closed crash road as securing the scene, and reopening it as losing that', () => {
    expect(run([tick(0), tick(10, { roadClosed: true })]).snapshot.value).toBe('secured');
    expect(run([tick(0), tick(10, { roadClosed: true }), tick(20)]).snapshot.value).toBe('unsecured');
  });

  it('loses its protection when the last unit securing it leaves', () => {
    expect(run([tick(0), act('secureScene'), left('jj-patrol-1')]).snapshot.value).toBe('unsecured');
    expect(run([tick(0), act('secureScene'), act('secureScene', 'pcs-car-1'), left('jj-patrol-1')]).snapshot.value).toBe('secured');
  });

  it('tells of a lost protection once care has begun, when the phase no longer shows it', () => {
    const { snapshot, notices } = run([tick(0), act('secureScene'), act('triage', 'wsy-medteam'), left('jj-patrol-1')]);
    expect(snapshot.value).toBe('triage');
    expect(notices).toContain('sceneUnsecured');
  });

  it('begins triage when medics start it, secured or not, and moves on once everyone is tagged', () => {
    expect(run([tick(0), act('triage', 'wsy-medteam')]).snapshot.value).toBe('triage');
    const { snapshot, notices } = run([tick(0), act('triage', 'wsy-medteam'), tick(10, { untriagedCount: 3 }), tick(20, { untriagedCount: 0 })]);
    expect(snapshot.value).toBe('transporting');
    expect(notices).toContain('triageDone');
  });

  it('tells of a second collision', () => {
    expect(run([tick(0), tick(10, { secondCollision: true })]).notices).toEqual(['secondCollision']);
  });

  it('asks for a follow-up report when the dead rise, but not for the dead found at the crash', () => {
    expect(run([tick(0, { deadCount: 4 })]).notices).toEqual([]);
    expect(run([tick(0, { deadCount: 4 }), tick(10, { deadCount: 5 })]).notices).toEqual(['followUpDue']);
  });

  it('says when the toll reaches a higher accident grade, the crash’s own toll included', () => {
    expect(run([tick(0, { grade: 'larger' })]).notices).toEqual(['gradeLarger']);
    expect(run([tick(0, { grade: 'larger' }), tick(10, { grade: 'larger' }), tick(20, { grade: 'major' })]).notices).toEqual(['gradeLarger', 'gradeMajor']);
  });

  it('refuses to clear the scene while casualties are still there, then clears it once they are all away', () => {
    expect(run([tick(0), act('triage', 'wsy-medteam'), act('clearScene')]).snapshot.value).toBe('triage');
    const { snapshot, notices } = run([tick(0), act('triage', 'wsy-medteam'), tick(10, { onSceneCount: 0, untriagedCount: 0 }), act('clearScene')]);
    expect(notices).toContain('allCasualtiesAway');
    expect(snapshot.value).toBe('cleared');
    expect(snapshot.status).toBe('done');
  });

  it('remembers red-first transport and the rescue crews freeing the trapped, until a crew leaves', () => {
    const { context } = run([tick(0), act('transportRedFirst', 'wsy-medteam'), act('extricate', 'yjb-team'), act('extricate', 'county-fire-2'), left('yjb-team')]).snapshot;
    expect(context).toMatchObject({ redFirst: true, extricators: ['county-fire-2'] });
  });
});

describe('the collision machine’s whole graph', () => {
  const walk = walkMachine(collisionMachine, {
    input: {},
    events: [
      tick(10), tick(10, { roadClosed: true }), tick(10, { untriagedCount: 0 }), tick(10, { onSceneCount: 0, untriagedCount: 0 }),
      tick(10, { secondCollision: true }), tick(10, { deadCount: 5, grade: 'larger' }),
      act('secureScene'), act('triage', 'wsy-medteam'), act('transportRedFirst', 'wsy-medteam'), act('extricate', 'yjb-team'), act('clearScene'),
      left('jj-patrol-1'), left('yjb-team'),
    ],
    serializeState: (s) => JSON.stringify([
      s.value, s.context.securers, s.context.extricators, s.context.roadClosed, s.context.triageStarted, s.context.redFirst,
      s.context.onSceneCount === 0, s.context.untriagedCount === 0, s.context.deadCount, s.context.grade,
    ]),
  });

  it('reaches every state', () => {
    expect(walk.unreachedStates).toEqual([]);
  });

  it('can end from every state it reaches', () => {
    expect(walk.deadEnds).toEqual([]);
    expect(walk.paths.some((p) => p.state.status === 'done')).toBe(true);
  });
});
