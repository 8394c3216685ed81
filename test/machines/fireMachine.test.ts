import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import type { FireEvent, FireInput, FireKind, FireTick } from '../../src/machines/fireMachine.ts';
import { fireMachine } from '../../src/machines/fireMachine.ts';
import { walkMachine } from '../support/machineGraph.ts';

const input = (kind: FireKind): FireInput => ({ kind, startS: 0, smoulderS: 300, watchS: 600, coldAfterS: 3600 });
const tick = (timeS: number, readings: Partial<Omit<FireTick, 'type' | 'timeS'>> = {}): FireEvent => ({
  type: 'clock.tick', timeS, flaming: true, threatenedCount: 0, villageCellsReachedCount: 0, underControl: false, flashover: false, rekindled: false, ...readings,
});
const act = (action: 'cutFirebreak' | 'evacuateBuilding' | 'endWatch', unit: string | null = 'crew-1'): FireEvent => ({ type: `action.${action}`, unit, by: 'command-post' });
const arrive = (unit: string, capabilities: string[]): FireEvent => ({ type: 'unit.arrived', unit, capabilities, crewCount: 10 });
const leave = (unit: string): FireEvent => ({ type: 'unit.left', unit });

function run(kind: FireKind, events: FireEvent[]) {
  let [snapshot, actions] = initialTransition(fireMachine, input(kind));
  const notices: string[] = [];
  for (const event of events) {
    [snapshot, actions] = transition(fireMachine, snapshot, event);
    for (const a of actions as { type: string; params?: { event: { notice?: string } } }[]) if (a.type === 'xstate.emit') notices.push(a.params!.event.notice!);
  }
  return { snapshot, notices };
}

/** A grass fire that has taken off, and a building fire that is growing. */
const tookOff = [tick(60), tick(300)];

describe('the fire machine', () => {
  it('starts smouldering, and takes off as a spreading grass fire or a growing building fire once the smoulder time is over', () => {
    expect(run('wildland', [tick(60)]).snapshot.value).toBe('smouldering');
    expect(run('wildland', tookOff).snapshot.value).toBe('spreading');
    expect(run('building', tookOff).snapshot.value).toBe('growing');
  });

  it('is out at once when a crew puts out the smouldering fire before it takes off', () => {
    const { snapshot, notices } = run('wildland', [tick(60), tick(120, { flaming: false })]);
    expect(snapshot.value).toBe('out');
    expect(notices).toEqual(['fireOut']);
  });

  it('threatens a village while the flame is within reach of one, and says so', () => {
    const { snapshot, notices } = run('wildland', [...tookOff, tick(360, { threatenedCount: 1 })]);
    expect(snapshot.value).toBe('threatening');
    expect(notices).toContain('villageThreatened');
    expect(run('wildland', [...tookOff, tick(360, { threatenedCount: 1 }), tick(420)]).snapshot.value).toBe('spreading');
  });

  it('says once when the fire first reaches a village’s houses', () => {
    const { notices } = run('wildland', [...tookOff, tick(360, { threatenedCount: 1, villageCellsReachedCount: 1 }), tick(420, { threatenedCount: 1, villageCellsReachedCount: 3 })]);
    expect(notices.filter((n) => n === 'villageReached')).toHaveLength(1);
  });

  it('is contained when the crews can hold all its flame, and spreads again if they no longer can', () => {
    expect(run('wildland', [...tookOff, tick(360, { underControl: true })]).snapshot.value).toBe('contained');
    expect(run('wildland', [...tookOff, tick(360, { underControl: true }), tick(420)]).snapshot.value).toBe('spreading');
  });

  it('flashes over when a building fire’s heat reaches flashover, and falls back to full development, not growth, when control is lost', () => {
    const flashed = run('building', [...tookOff, tick(400, { flashover: true })]);
    expect(flashed.snapshot.value).toBe('fullyDeveloped');
    expect(flashed.notices).toContain('flashover');
    expect(run('building', [...tookOff, tick(400, { flashover: true }), tick(500, { flashover: true, underControl: true }), tick(600, { flashover: true })]).snapshot.value).toBe('fullyDeveloped');
    expect(run('building', [...tookOff, tick(400, { underControl: true }), tick(500)]).snapshot.value).toBe('growing');
  });

  it('goes from flames out to the watch, and ends once guards have watched long enough', () => {
    const out = [...tookOff, tick(360, { flaming: false })];
    expect(run('wildland', [...out, tick(420, { flaming: false })]).snapshot.value).toBe('watch');
    const guarded = [...out, arrive('crew-1', ['fire']), tick(420, { flaming: false }), tick(900, { flaming: false })];
    expect(run('wildland', guarded).snapshot.value).toBe('watch');
    expect(run('wildland', [...guarded, tick(1100, { flaming: false })]).snapshot.status).toBe('done');
  });

  it('does not count watch time while nobody who can guard is on scene', () => {
    const events = [...tookOff, tick(360, { flaming: false }), arrive('medic', ['medical']), tick(420, { flaming: false }), tick(1500, { flaming: false })];
    expect(run('wildland', events).snapshot.value).toBe('watch');
    const left = [...tookOff, tick(360, { flaming: false }), arrive('crew-1', ['fire']), tick(420, { flaming: false }), leave('crew-1'), tick(1500, { flaming: false })];
    expect(run('wildland', left).snapshot.context.guardedS).toBe(0);
  });

  it('leaves the scene unguarded when the watch is ended early, and extinguished when ended after a full watch', () => {
    const out = [...tookOff, tick(360, { flaming: false }), arrive('crew-1', ['fire']), tick(420, { flaming: false })];
    expect(run('wildland', [...out, tick(600, { flaming: false }), act('endWatch', null)]).snapshot.value).toBe('unguarded');
    expect(run('wildland', [...out, tick(1020, { flaming: false }), act('endWatch', null)]).snapshot.status).toBe('done');
  });

  it('flares up again from the watch or the unguarded scene when the remains rekindle', () => {
    const out = [...tookOff, tick(360, { flaming: false }), tick(420, { flaming: false })];
    const grass = run('wildland', [...out, tick(480, { rekindled: true })]);
    expect(grass.snapshot.value).toBe('spreading');
    expect(grass.notices).toContain('rekindled');
    expect(run('building', [...out, act('endWatch', null), tick(480, { rekindled: true })]).snapshot.value).toBe('growing');
  });

  it('is extinguished once the remains are cold, even if nobody watched', () => {
    const out = [...tookOff, tick(360, { flaming: false }), tick(420, { flaming: false })];
    expect(run('wildland', [...out, tick(3000, { flaming: false })]).snapshot.value).toBe('watch');
    expect(run('wildland', [...out, tick(3960, { flaming: false })]).snapshot.status).toBe('done');
  });

  it('remembers who cuts a firebreak and that the building is being evacuated, for the physics', () => {
    const { context } = run('building', [act('cutFirebreak', 'militia'), act('cutFirebreak', 'excavator'), act('evacuateBuilding')]).snapshot;
    expect(context.firebreakUnits).toEqual(['excavator', 'militia']);
    expect(context.buildingEvacuationOrdered).toBe(true);
    expect(run('building', [act('cutFirebreak', 'militia'), leave('militia')]).snapshot.context.firebreakUnits).toEqual([]);
  });
});

describe('the fire machine’s whole graph', () => {
  const events: FireEvent[] = [
    tick(60), tick(300), tick(400, { threatenedCount: 1 }), tick(400, { underControl: true }), tick(400, { flashover: true }),
    tick(400, { flaming: false }), tick(400, { rekindled: true }), tick(5000, { flaming: false }),
    arrive('crew-1', ['fire']), leave('crew-1'), act('endWatch', null), act('cutFirebreak'), act('evacuateBuilding'),
  ];
  const serializeState = (s: { value: unknown; context: { guards: string[]; flashedOver: boolean; outAtS: number | null; timeS: number; guardedS: number } }) =>
    JSON.stringify([s.value, s.context.guards.length, s.context.flashedOver, s.context.outAtS !== null, s.context.timeS, s.context.guardedS > 0]);

  const walks = { wildland: walkMachine(fireMachine, { input: input('wildland'), events, serializeState }), building: walkMachine(fireMachine, { input: input('building'), events, serializeState }) };

  for (const kind of ['wildland', 'building'] as const) {
    it(`can end from every state a ${kind} fire reaches`, () => {
      expect(walks[kind].deadEnds).toEqual([]);
      expect(walks[kind].paths.some((p) => p.state.status === 'done')).toBe(true);
    });
  }

  it('reaches every state: grass-fire phases from a grass fire, building phases from a building fire, the rest from both', () => {
    expect(walks.wildland.unreachedStates.sort()).toEqual(['fire.fullyDeveloped', 'fire.growing']);
    expect(walks.building.unreachedStates.sort()).toEqual(['fire.spreading', 'fire.threatening']);
  });
});
