// A seat that applies every patch the room sends holds exactly the view the room computed, at every step of a whole
// drill; a patch it missed or cannot apply makes it ask for the whole view; nothing the room sends makes it throw.
import { describe, expect, it } from 'vitest';
import type { Clock, ViewPatchMessage } from '../../src/hall/protocol.ts';
import { applyViewPatch, ViewDiffer } from '../../src/hall/viewPatch.ts';
import { ViewReceiver } from '../../src/hall/viewReceiver.ts';
import type { TeamView } from '../../src/sim/index.ts';
import { createSimulation, viewTeams } from '../../src/sim/index.ts';
import { referencePlanOf, scenarioDrill } from '../support/demoDrill.ts';
import { teamViewOf } from '../support/teamViewOf.ts';

/** What crosses the wire: the room's message as the seat decodes it (no shared objects, JSON's values). */
const wire = <T>(message: T): T => JSON.parse(JSON.stringify(message)) as T;
const clockAt = (timeS: number): Clock => ({ timeS, durationS: 3600, speed: 10, paused: false, ended: false });

/** The room's side for one team: a differ, and the version it stamps on each patch. */
function roomOf(team: string, first: TeamView) {
  const differ = new ViewDiffer();
  differ.changes(first);
  let version = 1;
  return {
    whole: wire({ view: first, clock: clockAt(first.timeS), version }),
    patch(view: TeamView): ViewPatchMessage | null {
      const changes = differ.changes(view);
      if (changes === null) return null;
      return wire({ from: version, to: ++version, clock: clockAt(view.timeS), changes });
    },
    team,
  };
}

describe('a seat that applies the room\'s patches', () => {
  it('holds the view the room computed at every step of a whole drill, for every team, and is sent much less', () => {
    const drill = scenarioDrill('scenarios/demo-market-gas-leak.json');
    const plan = referencePlanOf(drill) ?? [];
    const sim = createSimulation(drill, String(drill.scenario.seed));
    const teams = viewTeams(drill);
    const rooms = teams.map((team) => roomOf(team, sim.viewOf(team)));
    const seats = rooms.map((room) => {
      const seat = new ViewReceiver();
      expect(seat.receive('view', room.whole).kind).toBe('view');
      return seat;
    });
    let next = 0;
    let patchBytes = 0;
    let wholeBytes = 0;
    let steps = 0;
    while (sim.timeS() < drill.scenario.durationS) {
      sim.advance(Math.min(20, drill.scenario.durationS - sim.timeS()));
      while (next < plan.length && plan[next]!.atS <= sim.timeS()) sim.dispatch(plan[next++]!.order);
      steps++;
      rooms.forEach((room, i) => {
        const view = sim.viewOf(room.team);
        const patch = room.patch(view);
        wholeBytes += JSON.stringify(view).length;
        if (patch === null) return;
        patchBytes += JSON.stringify(patch).length;
        const received = seats[i]!.receive('view.patch', patch);
        expect(received.kind).toBe('view');
        expect(seats[i]!.view).toEqual(wire(view));
      });
    }
    expect(next).toBe(plan.length);
    expect(steps).toBeGreaterThan(60);
    expect(seats.map((s) => s.view?.orders.length)).toEqual(teams.map((team) => sim.viewOf(team).orders.length));
    expect(patchBytes).toBeLessThan(wholeBytes / 3);
  });

  it('sends nothing when a team\'s view did not change', () => {
    const differ = new ViewDiffer();
    const view = teamViewOf('hetan', { units: ['hetan-militia'], villages: ['hetan'] });
    expect(differ.changes(view)).not.toBeNull();
    expect(differ.changes(wire(view))).toBeNull();
    expect(differ.changes({ ...view, timeS: 5 })).toEqual({ values: { timeS: 5 }, lists: {} });
  });

  it('asks for the whole view when it missed a version, and ignores a patch older than its view', () => {
    const view = teamViewOf('hetan', { units: ['hetan-militia'] });
    const room = roomOf('hetan', view);
    const seat = new ViewReceiver();
    seat.receive('view', room.whole);
    const second = room.patch({ ...view, timeS: 10 })!;
    const third = room.patch({ ...view, timeS: 20 })!;
    expect(seat.receive('view.patch', third)).toMatchObject({ kind: 'resync', ask: { have: 1 } });
    expect(seat.view?.timeS).toBe(0);
    seat.receive('view', wire({ view: { ...view, timeS: 20 }, clock: clockAt(20), version: 3 }));
    expect(seat.receive('view.patch', second)).toEqual({ kind: 'none' });
    expect(seat.view?.timeS).toBe(20);
    expect(seat.receive('view.patch', room.patch({ ...view, timeS: 30 }))).toMatchObject({ kind: 'view', view: { timeS: 30 } });
  });

  it('never throws on a bad patch: it keeps its view and asks for the whole one', () => {
    const view = teamViewOf('hetan', { units: ['a', 'b'] });
    const bad: unknown[] = [
      null, 'x', 42, { from: 1 }, { from: 1, to: 2, clock: clockAt(1), changes: { values: {}, lists: { units: { length: -1, set: [] } } } },
      { from: 1, to: 2, clock: clockAt(1), changes: { values: { secret: 1 }, lists: {} } },
      { from: 1, to: 2, clock: clockAt(1), changes: { values: {}, lists: { units: { length: 3, set: [[0, {}]] } } } },
      { from: 1, to: 2, clock: clockAt(1), changes: { values: {}, lists: { units: { length: 1, set: [[4, {}]] } } } },
      { from: 1, to: 2, clock: clockAt(1), changes: { values: { units: 7 }, lists: { units: { length: 0, set: [] } } } },
    ];
    for (const patch of bad) {
      const seat = new ViewReceiver();
      seat.receive('view', wire({ view, clock: clockAt(0), version: 1 }));
      expect(seat.receive('view.patch', patch).kind).toBe('resync');
      expect(seat.view).toEqual(view);
    }
    const before = new ViewReceiver();
    expect(before.receive('view.patch', { from: 0, to: 1, clock: clockAt(1), changes: null }).kind).toBe('resync');
    expect(new ViewReceiver().receive('view', { view: null })).toMatchObject({ kind: 'resync' });
  });

  it('leaves the view it applied a patch to as it was', () => {
    const view = teamViewOf('hetan', { units: ['a', 'b'] });
    const applied = applyViewPatch(view, { values: { timeS: 9 }, lists: { units: { length: 1, set: [] } } });
    expect(applied.ok && applied.view.units.map((u) => u.id)).toEqual(['a']);
    expect(view.units.map((u) => u.id)).toEqual(['a', 'b']);
    expect(view.timeS).toBe(0);
  });
});
