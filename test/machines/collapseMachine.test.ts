import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import type { CollapseEvent, CollapseTick } from '../../src/machines/collapseMachine.ts';
import { collapseMachine } from '../../src/machines/collapseMachine.ts';
import { getStateNodes } from '@xstate/graph';
import { collapseEn, collapseZh } from '../../src/i18n/factors/collapse.ts';
import { collapseFactor } from '../../src/sim/incidents/collapse/collapseFactor.ts';
import { walkMachine } from '../support/machineGraph.ts';

const tick = (timeS: number, readings: Partial<Omit<CollapseTick, 'type' | 'timeS'>> = {}): CollapseEvent => ({
  type: 'clock.tick', timeS, missingCount: 5, locatedCount: 0, remainingCount: 5,
  searching: false, extricating: false, shored: false, secondaryCollapse: false, ...readings,
});
const act = (action: 'secureSite' | 'shore'): CollapseEvent => ({ type: `action.${action}`, unit: 'rescue-1', by: 'command-post' });
const arrives: CollapseEvent = { type: 'unit.arrived', unit: 'rescue-1', capabilities: ['search', 'heavyLifting'], crewCount: 12 };
const leaves: CollapseEvent = { type: 'unit.left', unit: 'rescue-1' };

function run(events: CollapseEvent[]) {
  let [snapshot] = initialTransition(collapseMachine);
  const emitted: unknown[] = [];
  for (const event of events) {
    const [next, actions] = transition(collapseMachine, snapshot, event);
    snapshot = next;
    emitted.push(...(actions as { type: string; params?: { event: unknown } }[]).filter((a) => a.type === 'xstate.emit').map((a) => a.params!.event));
  }
  return { snapshot, emitted };
}

describe('the collapse machine', () => {
  it('starts collapsed and stays so while nobody comes', () => {
    expect(run([]).snapshot.value).toBe('collapsed');
    expect(run([tick(60), tick(3600)]).snapshot.value).toBe('collapsed');
  });

  it('calls the site unsafe once the first responders arrive', () => {
    expect(run([tick(60), arrives]).snapshot.value).toBe('unsafe');
  });

  it('stays unsafe while crews work in an unsecured site', () => {
    expect(run([arrives, tick(60, { searching: true }), tick(120, { extricating: true, locatedCount: 1 })]).snapshot.value).toBe('unsafe');
  });

  it('is secured when a team secures the site, then follows the work: searching, then extricating', () => {
    expect(run([arrives, act('secureSite')]).snapshot.value).toBe('secured');
    expect(run([arrives, act('secureSite'), tick(60, { searching: true })]).snapshot.value).toBe('searching');
    expect(run([arrives, act('secureSite'), tick(60, { searching: true }), tick(120, { extricating: true, searching: true })]).snapshot.value).toBe('extricating');
    expect(run([arrives, act('secureSite'), tick(60, { extricating: true }), tick(120)]).snapshot.value).toBe('secured');
  });

  it('cannot be secured before anyone is there to do it', () => {
    expect(run([act('secureSite')]).snapshot.value).toBe('collapsed');
  });

  it('goes back to unsafe after a secondary collapse, losing the securing and the shoring, and says so', () => {
    const { snapshot, emitted } = run([arrives, act('secureSite'), act('shore'), tick(60, { shored: true }), tick(120, { secondaryCollapse: true, extricating: true })]);
    expect(snapshot.value).toBe('unsafe');
    expect(snapshot.context).toMatchObject({ secured: false, shoringOrdered: false, shored: false, secondaryCollapseCount: 1 });
    expect(emitted).toContainEqual({ type: 'incident.notice', notice: 'secondaryCollapse' });
  });

  it('tells the feed once when the shoring is finished', () => {
    const { snapshot, emitted } = run([arrives, act('shore'), tick(60), tick(120, { shored: true }), tick(180, { shored: true })]);
    expect(snapshot.context).toMatchObject({ shoringOrdered: true, shored: true });
    expect(emitted.filter((e) => (e as { notice: string }).notice === 'shored')).toHaveLength(1);
  });

  it('tells the feed when people have been located since the last tick', () => {
    const { emitted } = run([tick(0), arrives, tick(60, { missingCount: 3, locatedCount: 2 }), tick(120, { missingCount: 3, locatedCount: 2 })]);
    expect(emitted.filter((e) => (e as { notice: string }).notice === 'located')).toHaveLength(1);
  });

  it('ends when everyone trapped has been brought out, from any phase', () => {
    const out = { missingCount: 0, locatedCount: 0, remainingCount: 0 };
    expect(run([arrives, tick(60, out)]).snapshot.status).toBe('done');
    expect(run([arrives, act('secureSite'), tick(60, { extricating: true }), tick(120, out)]).snapshot.value).toBe('recovered');
    expect(run([tick(0, out)]).snapshot.value).toBe('recovered');
  });

  it('does not end while someone located is still being freed', () => {
    expect(run([arrives, act('secureSite'), tick(60, { missingCount: 0, locatedCount: 1, remainingCount: 1, extricating: true })]).snapshot.value).toBe('extricating');
  });

  it('keeps the time of the last tick', () => {
    expect(run([tick(60), arrives, tick(120)]).snapshot.context.timeS).toBe(120);
  });
});

describe('the collapse machine’s whole graph', () => {
  const out = { missingCount: 0, locatedCount: 0, remainingCount: 0 };
  const walk = walkMachine(collapseMachine, {
    input: undefined,
    events: [
      tick(60), tick(60, { searching: true }), tick(60, { extricating: true }), tick(60, { shored: true }),
      tick(60, { secondaryCollapse: true }), tick(60, out), arrives, leaves, act('secureSite'), act('shore'),
    ],
    serializeState: (s) => JSON.stringify([s.value, s.context.secured, s.context.shoringOrdered, s.context.shored, Math.min(s.context.secondaryCollapseCount, 1)]),
  });

  it('reaches every state', () => {
    expect(walk.unreachedStates).toEqual([]);
  });

  it('can end from every state it reaches', () => {
    expect(walk.deadEnds).toEqual([]);
    expect(walk.paths.some((p) => p.state.status === 'done')).toBe(true);
  });
});

describe('the collapse machine’s words', () => {
  const keys = [
    ...getStateNodes(collapseMachine.root).map((n) => `phase.collapse.${n.key}`),
    ...Object.keys(collapseFactor.actions).map((a) => `action.collapse.${a}`),
    ...['secondaryCollapse', 'shored', 'located'].map((n) => `notice.collapse.${n}`),
  ];

  it('names every phase, action and notice in Chinese and English', () => {
    for (const key of keys) {
      expect(collapseZh[key as keyof typeof collapseZh], key).toBeTruthy();
      expect(collapseEn[key as keyof typeof collapseEn], key).toBeTruthy();
    }
    expect(Object.keys(collapseZh).sort()).toEqual([...keys].sort());
  });
});
