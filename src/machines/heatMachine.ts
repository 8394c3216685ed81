// 暑 The course of a heat wave for one group at risk (outdoor workers, students in training, elderly people living
// alone): watched, under a high-temperature signal, cases rising, past the day's peak, easing, over. Time and the
// readings arrive as `clock.tick`; the orders players give arrive as `action.*` and are remembered for the physics.
import { and, assign, enqueueActions, setup } from 'xstate';
import type { MachinePhase } from './machinePhase.ts';

export type HeatGroupKind = 'outdoorWorkers' | 'students' | 'elderlyAlone';
export type HeatSignal = 'none' | 'yellow' | 'orange' | 'red';

export interface HeatInput { kind: HeatGroupKind; authorities: string[] }

export interface HeatContext {
  kind: HeatGroupKind;
  /** Teams the group heeds besides the command post. */
  authorities: string[];
  timeS: number;
  signal: HeatSignal;
  caseCount: number;
  strokeCount: number;
  deadCount: number;
  /** Outdoor work or training stopped as the rule requires (by a team the group heeds), and when. */
  stoppedAtS: number | null;
  checking: boolean;
  coolingPointOpened: boolean;
  treating: boolean;
}

/** The readings the heat system sends every minute (a type alias, so it is a plain record for the host). */
export type HeatTick = {
  type: 'clock.tick';
  timeS: number;
  signal: HeatSignal;
  /** The group's WBGT minus its limit (NIOSH REL/RAL for its work), °C; and whether it is still climbing. */
  strainC: number;
  heatRising: boolean;
  /** Cases so far, heatstroke so far, deaths so far, and cases still needing someone (unfound or waiting to be cooled). */
  caseCount: number;
  strokeCount: number;
  deadCount: number;
  activeCaseCount: number;
  /** No hot day (≥ 35 °C) is left in the heat wave's course. */
  heatWaveOver: boolean;
};

type Action = { unit: string | null; by: string };
export type HeatEvent =
  | HeatTick
  | { type: 'unit.arrived'; unit: string; capabilities: string[]; crewCount: number }
  | { type: 'unit.left'; unit: string }
  | ({ type: 'action.stopOutdoorWork' } & Action)
  | ({ type: 'action.suspendTraining' } & Action)
  | ({ type: 'action.doorToDoorChecks' } & Action)
  | ({ type: 'action.openCoolingPoint' } & Action)
  | ({ type: 'action.treatCases' } & Action);

export type HeatNotice = 'signal-yellow' | 'signal-orange' | 'signal-red' | 'first-case' | 'heatstroke' | 'death' | 'work-stopped' | 'not-heeded' | 'not-applicable';
export type HeatEmitted = { type: 'incident.notice'; notice: HeatNotice };

const signalRank: Record<HeatSignal, number> = { none: 0, yellow: 1, orange: 2, red: 3 };
const tick = (event: HeatEvent) => (event.type === 'clock.tick' ? event : null);
const notice = (n: HeatNotice): HeatEmitted => ({ type: 'incident.notice', notice: n });
const byOf = (event: HeatEvent) => ('by' in event ? event.by : '');

export const heatMachine = setup({
  types: { context: {} as HeatContext, events: {} as HeatEvent, input: {} as HeatInput, emitted: {} as HeatEmitted },
  guards: {
    hot: ({ event }) => { const t = tick(event); return t !== null && (t.signal !== 'none' || t.strainC >= 0); },
    newCases: ({ context, event }) => (tick(event)?.caseCount ?? 0) > context.caseCount,
    pastPeak: ({ event }) => tick(event)?.heatRising === false,
    underLimit: ({ event }) => { const t = tick(event); return t !== null && t.strainC < 0; },
    risingAgain: ({ event }) => { const t = tick(event); return t !== null && t.strainC >= 0 && t.heatRising; },
    allOver: ({ event }) => { const t = tick(event); return t !== null && t.heatWaveOver && t.strainC < 0 && t.activeCaseCount === 0; },
  },
  actions: {
    /** Tells the feed what changed since the last tick (signal raised, first case, heatstroke, death), then remembers it. */
    keepTime: enqueueActions(({ context, event, enqueue }) => {
      const t = tick(event);
      if (!t) return;
      if (signalRank[t.signal] > signalRank[context.signal]) enqueue.emit(notice(`signal-${t.signal}` as HeatNotice));
      if (context.caseCount === 0 && t.caseCount > 0) enqueue.emit(notice('first-case'));
      if (t.strokeCount > context.strokeCount) enqueue.emit(notice('heatstroke'));
      if (t.deadCount > context.deadCount) enqueue.emit(notice('death'));
      enqueue.assign({
        timeS: t.timeS, caseCount: t.caseCount, strokeCount: t.strokeCount, deadCount: t.deadCount,
        signal: signalRank[t.signal] > signalRank[context.signal] ? t.signal : context.signal,
      });
    }),
    /** Stops outdoor work (workers) or training (students) when the order comes from a team the group heeds. */
    stop: enqueueActions(({ context, event, enqueue }, params: { kind: HeatGroupKind }) => {
      if (context.kind !== params.kind) { enqueue.emit(notice('not-applicable')); return; }
      const by = byOf(event);
      if (by !== 'command-post' && !context.authorities.includes(by)) { enqueue.emit(notice('not-heeded')); return; }
      if (context.stoppedAtS !== null) return;
      enqueue.assign({ stoppedAtS: context.timeS });
      enqueue.emit(notice('work-stopped'));
    }),
    startChecks: enqueueActions(({ context, enqueue }) => {
      if (context.kind !== 'elderlyAlone') enqueue.emit(notice('not-applicable'));
      else enqueue.assign({ checking: true });
    }),
    openCoolingPoint: assign({ coolingPointOpened: true }),
    treat: assign({ treating: true }),
  },
}).createMachine({
  id: 'heat',
  context: ({ input }) => ({
    kind: input.kind, authorities: input.authorities, timeS: 0, signal: 'none', caseCount: 0, strokeCount: 0, deadCount: 0,
    stoppedAtS: null, checking: false, coolingPointOpened: false, treating: false,
  }),
  on: {
    'action.stopOutdoorWork': { actions: { type: 'stop', params: { kind: 'outdoorWorkers' } } },
    'action.suspendTraining': { actions: { type: 'stop', params: { kind: 'students' } } },
    'action.doorToDoorChecks': { actions: 'startChecks' },
    'action.openCoolingPoint': { actions: 'openCoolingPoint' },
    'action.treatCases': { actions: 'treat' },
  },
  initial: 'watch',
  states: {
    watch: {
      description: '监测：尚未达到高温预警，关注天气和人群 (watch: no high-temperature signal yet; follow the forecast and the people at risk)',
      on: {
        'clock.tick': [
          { guard: 'allOver', target: 'over', actions: 'keepTime' },
          { guard: 'newCases', target: 'casesRising', actions: 'keepTime' },
          { guard: 'hot', target: 'heatWave', actions: 'keepTime' },
          { actions: 'keepTime' },
        ],
      },
    },
    heatWave: {
      description: '高温预警：气象台发布高温信号或热负荷超限，落实防暑措施 (heat wave: a high-temperature signal is in force or the heat exceeds the limit; put the heat measures in place)',
      on: {
        'clock.tick': [
          { guard: and(['newCases', 'pastPeak']), target: 'peak', actions: 'keepTime' },
          { guard: 'newCases', target: 'casesRising', actions: 'keepTime' },
          { guard: 'allOver', target: 'over', actions: 'keepTime' },
          { guard: 'hot', actions: 'keepTime' },
          { target: 'watch', actions: 'keepTime' },
        ],
      },
    },
    casesRising: {
      description: '病例增加：出现中暑病例，热负荷仍在上升 (cases rising: heat illness has appeared and the heat is still climbing)',
      on: {
        'clock.tick': [
          { guard: 'underLimit', target: 'easing', actions: 'keepTime' },
          { guard: 'pastPeak', target: 'peak', actions: 'keepTime' },
          { actions: 'keepTime' },
        ],
      },
    },
    peak: {
      description: '高峰：当日热负荷已达峰值，病例仍可能出现 (peak: the day’s heat has peaked; cases can still appear)',
      on: { 'clock.tick': [{ guard: 'underLimit', target: 'easing', actions: 'keepTime' }, { actions: 'keepTime' }] },
    },
    easing: {
      description: '缓解：热负荷回落到限值以下，救治和回访剩余病例 (easing: the heat is back under the limit; treat and follow up the remaining cases)',
      on: {
        'clock.tick': [
          { guard: 'allOver', target: 'over', actions: 'keepTime' },
          { guard: 'risingAgain', target: 'heatWave', actions: 'keepTime' },
          { actions: 'keepTime' },
        ],
      },
    },
    over: { type: 'final', description: '结束：热浪过去，病例均已处置 (over: the heat wave has passed and every case has been dealt with)' },
  },
});

/** The phases of a heat incident, as `IncidentState.phase` names them. */
export type HeatPhase = MachinePhase<typeof heatMachine>;
