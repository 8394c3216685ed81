import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import type { PoisoningEvent, PoisoningKind, PoisoningReadings } from '../../src/machines/poisoningMachine.ts';
import { poisoningMachine } from '../../src/machines/poisoningMachine.ts';
import { walkMachine } from '../support/machineGraph.ts';

const tick = (timeS: number, readings: Partial<PoisoningReadings> = {}): PoisoningEvent => ({ type: 'clock.tick', timeS, waitingCount: 0, ...readings });
type Action = 'isolateSource' | 'cordon' | 'declareAllClear' | 'sealFood' | 'doorToDoorChecks';
const act = (action: Action): PoisoningEvent => ({ type: `action.${action}`, unit: 'u1', by: 'command-post' });
const hazmat: PoisoningEvent = { type: 'unit.arrived', unit: 'wp-hazmat', capabilities: ['hazmat'], crewCount: 5 };
const hazmatLeft: PoisoningEvent = { type: 'unit.left', unit: 'wp-hazmat' };

function run(kind: PoisoningKind, events: PoisoningEvent[]) {
  let [snapshot] = initialTransition(poisoningMachine, { kind, isolationWorkS: 600 });
  const notices: string[] = [];
  for (const event of events) {
    const [next, actions] = transition(poisoningMachine, snapshot, event);
    snapshot = next;
    for (const a of actions as { type: string; params?: { event: { notice: string } } }[]) if (a.type === 'xstate.emit') notices.push(a.params!.event.notice);
  }
  return { snapshot, notices };
}

describe('the poisoning machine, for a toxic release', () => {
  it('starts with gas escaping', () => {
    expect(run('toxicRelease', []).snapshot.value).toBe('releasing');
  });

  it('stops releasing once a hazmat crew on scene has worked long enough on isolating the source', () => {
    const ordered = [hazmat, tick(30), act('isolateSource')];
    expect(run('toxicRelease', [...ordered, tick(600)]).snapshot.value).toBe('releasing');
    const { snapshot, notices } = run('toxicRelease', [...ordered, tick(660)]);
    expect(snapshot.value).toBe('dispersing');
    expect(notices).toContain('sourceIsolated');
  });

  it('does not count isolation work while no hazmat crew is on scene', () => {
    expect(run('toxicRelease', [tick(30), act('isolateSource'), tick(2000)]).snapshot.value).toBe('releasing');
    expect(run('toxicRelease', [hazmat, tick(30), act('isolateSource'), hazmatLeft, tick(2000)]).snapshot.value).toBe('releasing');
    expect(run('toxicRelease', [hazmat, tick(30), tick(2000)]).snapshot.value).toBe('releasing');
  });

  it('stops releasing by itself when the container is empty, and says so', () => {
    const { snapshot, notices } = run('toxicRelease', [tick(30), tick(60, { sourceEmpty: true })]);
    expect(snapshot.value).toBe('dispersing');
    expect(notices).toEqual(['sourceEmpty']);
  });

  it('tells the feed once when the plume first reaches a village', () => {
    const { notices } = run('toxicRelease', [tick(30, { plumeOverVillages: true }), tick(60, { plumeOverVillages: true }), tick(90)]);
    expect(notices).toEqual(['plumeOverVillages']);
  });

  it('gives the all-clear only after the source has stopped, the air is clean and nobody waits for treatment', () => {
    const stopped = [tick(30, { sourceEmpty: true })];
    expect(run('toxicRelease', [tick(30, { airClear: true }), act('declareAllClear')]).snapshot.value).toBe('releasing');
    expect(run('toxicRelease', [...stopped, tick(60, { airClear: false }), act('declareAllClear')]).snapshot.value).toBe('dispersing');
    expect(run('toxicRelease', [...stopped, tick(60, { airClear: true, waitingCount: 3 }), act('declareAllClear')]).snapshot.value).toBe('dispersing');
    const { snapshot } = run('toxicRelease', [...stopped, tick(60, { airClear: true }), act('declareAllClear')]);
    expect(snapshot.value).toBe('allClear');
    expect(snapshot.status).toBe('done');
  });

  it('remembers the cordon for the physics', () => {
    expect(run('toxicRelease', [act('cordon')]).snapshot.context.cordoned).toBe(true);
  });
});

describe('the poisoning machine, for a food-poisoning outbreak', () => {
  it('starts with cases appearing and moves to traced when the food is sealed', () => {
    expect(run('foodPoisoning', []).snapshot.value).toBe('outbreak');
    const { snapshot, notices } = run('foodPoisoning', [tick(60, { pendingCount: 50 }), act('sealFood')]);
    expect(snapshot.value).toBe('traced');
    expect(snapshot.context.foodSealedS).toBe(60);
    expect(notices).toContain('foodSealed');
  });

  it('announces the reporting threshold once and each higher public-health grade as it is reached', () => {
    const { notices } = run('foodPoisoning', [
      tick(60, { pendingCount: 9, casesCount: 12 }),
      tick(120, { pendingCount: 9, casesCount: 31, reportable: true, level: 'IV' }),
      tick(180, { pendingCount: 9, casesCount: 40, reportable: true, level: 'IV' }),
      tick(240, { pendingCount: 9, casesCount: 101, reportable: true, level: 'III' }),
      tick(300, { pendingCount: 9, casesCount: 101, reportable: true, level: 'II' }),
    ]);
    expect(notices).toEqual(['reportThreshold', 'levelIV', 'levelIII', 'levelII']);
  });

  it('is over only when no case is still to come and nobody waits for treatment', () => {
    expect(run('foodPoisoning', [tick(60, { pendingCount: 3 })]).snapshot.value).toBe('outbreak');
    expect(run('foodPoisoning', [tick(60, { pendingCount: 0, waitingCount: 2 })]).snapshot.value).toBe('outbreak');
    expect(run('foodPoisoning', [act('sealFood'), tick(60, { pendingCount: 0 })]).snapshot.value).toBe('outbreakOver');
    expect(run('foodPoisoning', [tick(60, { pendingCount: 0 })]).snapshot.status).toBe('done');
  });
});

describe('the poisoning machine, for carbon monoxide in homes', () => {
  it('starts unchecked, and checks begin on the order', () => {
    expect(run('carbonMonoxide', []).snapshot.value).toBe('exposed');
    const { snapshot } = run('carbonMonoxide', [tick(60, { unfoundCount: 5 }), act('doorToDoorChecks')]);
    expect(snapshot.value).toBe('checking');
    expect(snapshot.context.checksStartedS).toBe(60);
  });

  it('ends when every poisoned home is found and treated, checked or not', () => {
    expect(run('carbonMonoxide', [act('doorToDoorChecks'), tick(60, { unfoundCount: 1 })]).snapshot.value).toBe('checking');
    expect(run('carbonMonoxide', [act('doorToDoorChecks'), tick(60, { unfoundCount: 0, waitingCount: 1 })]).snapshot.value).toBe('checking');
    expect(run('carbonMonoxide', [act('doorToDoorChecks'), tick(60, { unfoundCount: 0 })]).snapshot.value).toBe('accountedFor');
    expect(run('carbonMonoxide', [tick(60, { unfoundCount: 0, dawn: true })]).snapshot.value).toBe('accountedFor');
  });

  it('tells the feed when dawn comes', () => {
    expect(run('carbonMonoxide', [tick(60, { unfoundCount: 2, dawn: true }), tick(120, { unfoundCount: 2, dawn: true })]).notices).toEqual(['dawn']);
  });
});

describe('the poisoning machine’s whole graph', () => {
  const events: PoisoningEvent[] = [
    tick(30), tick(700), tick(60, { sourceEmpty: true }), tick(90, { airClear: true }), tick(90, { airClear: true, waitingCount: 1 }),
    tick(60, { pendingCount: 4 }), tick(60, { pendingCount: 0 }), tick(60, { unfoundCount: 3 }), tick(60, { unfoundCount: 0 }),
    act('isolateSource'), act('cordon'), act('declareAllClear'), act('sealFood'), act('doorToDoorChecks'), hazmat, hazmatLeft,
  ];
  const walks = (['toxicRelease', 'foodPoisoning', 'carbonMonoxide'] as const).map((kind) => walkMachine(poisoningMachine, {
    input: { kind, isolationWorkS: 600 },
    events,
    serializeState: (s) => JSON.stringify([s.value, s.context.isolating, s.context.hazmatUnits.length, s.context.airClear, s.context.waitingCount > 0, s.context.timeS >= 600]),
  }));

  it('reaches every state across the three kinds, except the router every incident passes straight through', () => {
    const unreached = walks.map((w) => new Set(w.unreachedStates));
    const everywhere = [...unreached[0]!].filter((id) => unreached.every((u) => u.has(id)));
    expect(everywhere).toEqual(['poisoning.routing']);
  });

  it('can end from every state it reaches, whatever the kind', () => {
    for (const walk of walks) {
      expect(walk.deadEnds).toEqual([]);
      expect(walk.paths.some((p) => p.state.status === 'done')).toBe(true);
    }
  });
});
