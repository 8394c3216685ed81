import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import type { HeatEvent, HeatInput, HeatTick } from '../../src/machines/heatMachine.ts';
import { heatMachine } from '../../src/machines/heatMachine.ts';
import { walkMachine } from '../support/machineGraph.ts';

const workers: HeatInput = { kind: 'outdoorWorkers', authorities: ['site-housing', 'zhujian'] };
const tick = (timeS: number, readings: Partial<HeatTick> = {}): HeatEvent => ({
  type: 'clock.tick', timeS, signal: 'orange', strainC: 3, heatRising: true, caseCount: 0, strokeCount: 0, deadCount: 0,
  activeCaseCount: 0, heatWaveOver: false, ...readings,
});
const calm = (timeS: number) => tick(timeS, { signal: 'none', strainC: -2 });
const act = (action: 'stopOutdoorWork' | 'suspendTraining' | 'doorToDoorChecks' | 'openCoolingPoint' | 'treatCases', by = 'command-post'): HeatEvent =>
  ({ type: `action.${action}`, unit: null, by });

function run(events: HeatEvent[], input: HeatInput = workers) {
  let [snapshot] = initialTransition(heatMachine, input);
  const notices: string[] = [];
  for (const event of events) {
    const [next, actions] = transition(heatMachine, snapshot, event);
    snapshot = next;
    for (const a of actions as { type: string; params?: { event: { notice: string } } }[]) if (a.type === 'xstate.emit') notices.push(a.params!.event.notice);
  }
  return { phase: snapshot.value, context: snapshot.context, done: snapshot.status === 'done', notices };
}

describe('the heat machine', () => {
  it('watches while there is no signal and the heat is under the group’s limit', () => {
    expect(run([]).phase).toBe('watch');
    expect(run([calm(60), calm(120)]).phase).toBe('watch');
  });

  it('enters the heat wave when a high-temperature signal is issued, and says which colour', () => {
    const { phase, notices } = run([calm(60), tick(120)]);
    expect(phase).toBe('heatWave');
    expect(notices).toEqual(['signal-orange']);
  });

  it('enters the heat wave when the heat passes the limit even without a signal', () => {
    expect(run([tick(60, { signal: 'none', strainC: 0.5 })]).phase).toBe('heatWave');
  });

  it('announces a signal only when it is raised, not every minute it stays', () => {
    expect(run([tick(60), tick(120), tick(180, { signal: 'red' }), tick(240)]).notices).toEqual(['signal-orange', 'signal-red']);
  });

  it('reports the first case and moves to cases rising', () => {
    const { phase, notices } = run([tick(60), tick(120, { caseCount: 1, activeCaseCount: 1 })]);
    expect(phase).toBe('casesRising');
    expect(notices).toContain('first-case');
  });

  it('passes the peak when the heat stops climbing, and eases once it falls under the limit', () => {
    const cases = { caseCount: 2, activeCaseCount: 1 };
    expect(run([tick(60), tick(120, cases), tick(180, { ...cases, heatRising: false })]).phase).toBe('peak');
    expect(run([tick(60), tick(120, cases), tick(180, { ...cases, heatRising: false }), tick(240, { ...cases, strainC: -0.5 })]).phase).toBe('easing');
  });

  it('goes straight to the peak when the first case comes after the heat has peaked', () => {
    expect(run([tick(60), tick(120, { caseCount: 1, activeCaseCount: 1, heatRising: false })]).phase).toBe('peak');
  });

  it('tells the feed of each new heatstroke and each death', () => {
    const { notices } = run([tick(60, { caseCount: 1 }), tick(120, { caseCount: 1, strokeCount: 1 }), tick(180, { caseCount: 1, strokeCount: 1, deadCount: 1 })]);
    expect(notices).toEqual(['signal-orange', 'first-case', 'heatstroke', 'death']);
  });

  it('is over only when no hot day is left and no case still needs anyone', () => {
    const easing = [tick(60, { caseCount: 1, activeCaseCount: 1 }), tick(120, { caseCount: 1, activeCaseCount: 1, strainC: -1 })];
    expect(run([...easing, tick(180, { caseCount: 1, activeCaseCount: 1, strainC: -1, heatWaveOver: true })]).phase).toBe('easing');
    expect(run([...easing, tick(180, { caseCount: 1, strainC: -1 })]).phase).toBe('easing');
    expect(run([...easing, tick(180, { caseCount: 1, strainC: -1, heatWaveOver: true })]).done).toBe(true);
  });

  it('goes back to the heat wave when the next hot day climbs over the limit again', () => {
    const easing = [tick(60, { caseCount: 1 }), tick(120, { caseCount: 1, strainC: -1 })];
    expect(run([...easing, tick(86_400, { caseCount: 1 })]).phase).toBe('heatWave');
  });

  it('stops outdoor work when the command post, the site or its supervisor orders it, and remembers when', () => {
    for (const by of ['command-post', 'site-housing', 'zhujian']) {
      const { context, notices } = run([tick(60), act('stopOutdoorWork', by)]);
      expect(context.stoppedAtS, by).toBe(60);
      expect(notices).toContain('work-stopped');
    }
  });

  it('ignores a stop order from a team the site does not answer to, and says so', () => {
    const { context, notices } = run([tick(60), act('stopOutdoorWork', 'hetan')]);
    expect(context.stoppedAtS).toBeNull();
    expect(notices).toContain('not-heeded');
  });

  it('suspends training only for students, and door-to-door checks only for the elderly', () => {
    expect(run([act('suspendTraining')]).notices).toEqual(['not-applicable']);
    expect(run([act('suspendTraining', 'zhongxinxiao')], { kind: 'students', authorities: ['zhongxinxiao'] }).context.stoppedAtS).toBe(0);
    expect(run([act('doorToDoorChecks')]).context.checking).toBe(false);
    expect(run([act('doorToDoorChecks', 'hetan')], { kind: 'elderlyAlone', authorities: [] }).context.checking).toBe(true);
  });

  it('remembers the cooling point and on-scene treatment for the physics', () => {
    expect(run([act('openCoolingPoint'), act('treatCases')]).context).toMatchObject({ coolingPointOpened: true, treating: true });
  });
});

describe('the heat machine’s whole graph', () => {
  const walk = walkMachine(heatMachine, {
    input: workers,
    events: [
      calm(60), tick(60), tick(60, { caseCount: 1, activeCaseCount: 1 }), tick(60, { caseCount: 1, activeCaseCount: 1, heatRising: false }),
      tick(60, { caseCount: 1, activeCaseCount: 1, strainC: -1 }), tick(60, { caseCount: 1, strainC: -1, heatWaveOver: true }),
      tick(60, { signal: 'none', strainC: -1, heatWaveOver: true }),
      act('stopOutdoorWork'), act('stopOutdoorWork', 'hetan'), act('openCoolingPoint'), act('treatCases'),
    ],
    serializeState: (s) => JSON.stringify([s.value, s.context.caseCount > 0, s.context.signal, s.context.stoppedAtS !== null, s.context.coolingPointOpened, s.context.treating]),
  });

  it('reaches every state', () => {
    expect(walk.unreachedStates).toEqual([]);
  });

  it('can end from every state it reaches', () => {
    expect(walk.deadEnds).toEqual([]);
    expect(walk.paths.some((p) => p.state.status === 'done')).toBe(true);
  });
});
