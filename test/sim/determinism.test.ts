import { describe, expect, it } from 'vitest';
import { replay, resumeSimulation, stateHash } from '../../src/sim/index.ts';
import { demoDrill } from '../support/demoDrill.ts';
import { demoPlan, runDemoPlan } from '../support/demoPlan.ts';

describe('a drill is a pure function of scenario, seed and timed orders', () => {
  it('gives the same final state and events for the same seed and orders', () => {
    const a = runDemoPlan();
    const b = runDemoPlan();
    expect(stateHash(a.sim.snapshot())).toBe(stateHash(b.sim.snapshot()));
    expect(a.sim.record().events).toEqual(b.sim.record().events);
  });

  it('replays from its record exactly as it ran live', () => {
    const live = runDemoPlan();
    const record = live.sim.record();
    const again = replay(demoDrill(), record.seed, record);
    expect(again.record().events).toEqual(record.events);
    expect(stateHash(again.snapshot())).toBe(stateHash(live.sim.snapshot()));
  });

  it('replays part of a drill up to any moment', () => {
    const record = runDemoPlan().sim.record();
    const partial = replay(demoDrill(), record.seed, record, 1800);
    expect(partial.timeS()).toBe(1800);
    expect(stateHash(partial.snapshot())).toBe(stateHash(runDemoPlan({ untilS: 1800 }).sim.snapshot()));
  });

  it('differs between seeds where chance plays a part (residents leaving on their own)', () => {
    const a = runDemoPlan({ seed: 'seed-a', untilS: 1200 }).sim.snapshot();
    const b = runDemoPlan({ seed: 'seed-b', untilS: 1200 }).sim.snapshot();
    expect(stateHash(a)).not.toBe(stateHash(b));
    expect(a.villages.find((v) => v.id === 'liuwan')!.movedCount).not.toBe(b.villages.find((v) => v.id === 'liuwan')!.movedCount);
  });

  it('resumes a saved state exactly, even after a round trip through JSON', () => {
    const uninterrupted = runDemoPlan().sim;
    const plan = demoPlan();
    const firstHalf = runDemoPlan({ orders: plan.filter((o) => o.atS <= 1800), untilS: 1800 }).sim;
    const saved = JSON.parse(JSON.stringify({ state: firstHalf.snapshot(), record: firstHalf.record() })) as { state: ReturnType<typeof firstHalf.snapshot>; record: ReturnType<typeof firstHalf.record> };
    const resumed = resumeSimulation(demoDrill(), saved.state, saved.record);
    for (const { atS, order } of plan.filter((o) => o.atS > 1800)) {
      resumed.advance(atS - resumed.timeS());
      resumed.dispatch(order);
    }
    resumed.advance(demoDrill().scenario.durationS - resumed.timeS());
    expect(stateHash(resumed.snapshot())).toBe(stateHash(uninterrupted.snapshot()));
    expect(resumed.record().events).toEqual(uninterrupted.record().events);
  });

  it('hashes the whole state: changing any part of it changes the hash', () => {
    const state = runDemoPlan({ untilS: 600 }).sim.snapshot();
    const base = stateHash(state);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(stateHash({ ...state, timeS: state.timeS + 1 })).not.toBe(base);
    expect(stateHash({ ...state, closedRoads: ['s215'] })).not.toBe(base);
    const moved = structuredClone(state);
    moved.villages[0]!.movedCount += 1;
    expect(stateHash(moved)).not.toBe(base);
  });

  it('does not depend on the order of keys in the state', () => {
    const state = runDemoPlan({ untilS: 300 }).sim.snapshot();
    const reversed = Object.fromEntries(Object.entries(state).reverse()) as typeof state;
    expect(stateHash(reversed)).toBe(stateHash(state));
  });
});

describe('the demo drill under its reference plan (golden: a change here is a reviewed change of outcome)', () => {
  it('ends as pinned', () => {
    const run = runDemoPlan();
    const state = run.sim.snapshot();
    expect({
      stateHash: stateHash(state),
      events: run.sim.record().events.length,
      moved: Object.fromEntries(state.villages.map((v) => [v.id, v.movedCount])),
      shelters: Object.fromEntries(state.shelters.map((s) => [s.id, s.occupantCount])),
    }).toMatchSnapshot();
  });
});
