// 挤 The lifecycle of a dense crowd: it gathers, grows dense, turns critical at a bottleneck, and either crushes
// (people fall) or is dispersed, until it is back to normal (clear). Time and density arrive as `clock.tick`.
import { and, assign, emit, setup } from 'xstate';
import type { MachinePhase } from './machinePhase.ts';

export interface CrowdInput { denseDensityPerM2: number; criticalDensityPerM2: number; clearHoldS: number }

export interface CrowdContext extends CrowdInput {
  timeS: number;
  /** Orders carried out: what the physics reads. */
  inflowStopped: boolean;
  exitsOpened: number;
  oneWayFlow: boolean;
  stewardsDeployed: boolean;
  broadcasts: number;
  /** People fallen so far (from the readings), and since when the crowd has been calm with nobody more coming. */
  fallenCount: number;
  calmSinceS: number | null;
}

type UnitAction = { unit: string | null; by: string };
export type CrowdEvent =
  | { type: 'clock.tick'; timeS: number; peakDensityPerM2: number; crowdCount: number; inflowOpen: boolean; fallenCount: number; downCount: number }
  | { type: 'unit.arrived'; unit: string; capabilities: string[]; crewCount: number }
  | { type: 'unit.left'; unit: string }
  | ({ type: 'action.stopInflow' } & UnitAction)
  | ({ type: 'action.openExit' } & UnitAction)
  | ({ type: 'action.oneWayFlow' } & UnitAction)
  | ({ type: 'action.deployStewards' } & UnitAction)
  | ({ type: 'action.broadcast' } & UnitAction);

export type CrowdEmitted = { type: 'incident.notice'; notice: 'inflowStopped' | 'crush' };

type Tick = Extract<CrowdEvent, { type: 'clock.tick' }>;
const tick = (event: CrowdEvent): Tick | null => (event.type === 'clock.tick' ? event : null);
/** Nobody more is coming, nobody is down, and the peak density is normal. */
const isCalm = (context: CrowdContext, t: Tick) => !t.inflowOpen && t.downCount === 0 && t.peakDensityPerM2 < context.denseDensityPerM2;

export const crowdMachine = setup({
  types: { context: {} as CrowdContext, events: {} as CrowdEvent, input: {} as CrowdInput, emitted: {} as CrowdEmitted },
  guards: {
    someoneFell: ({ context, event }) => (tick(event)?.fallenCount ?? 0) > context.fallenCount,
    critical: ({ context, event }) => (tick(event)?.peakDensityPerM2 ?? 0) >= context.criticalDensityPerM2,
    dense: ({ context, event }) => (tick(event)?.peakDensityPerM2 ?? 0) >= context.denseDensityPerM2,
    belowDense: ({ context, event }) => (tick(event)?.peakDensityPerM2 ?? Infinity) < context.denseDensityPerM2,
    easing: ({ context, event }) => {
      const t = tick(event);
      return t !== null && !t.inflowOpen && t.peakDensityPerM2 < context.criticalDensityPerM2;
    },
    nobodyDown: ({ event }) => tick(event)?.downCount === 0,
    inflowNotYetStopped: ({ context }) => !context.inflowStopped,
    crowdingAgain: ({ context, event }) => {
      const t = tick(event);
      return t !== null && t.inflowOpen && t.peakDensityPerM2 >= context.denseDensityPerM2;
    },
    calmLongEnough: ({ context, event }) => {
      const t = tick(event);
      return t !== null && isCalm(context, t) && context.calmSinceS !== null && t.timeS - context.calmSinceS >= context.clearHoldS;
    },
  },
  actions: {
    keepTime: assign(({ context, event }) => {
      const t = tick(event);
      if (!t) return {};
      return { timeS: t.timeS, fallenCount: t.fallenCount, calmSinceS: isCalm(context, t) ? (context.calmSinceS ?? t.timeS) : null };
    }),
    stopInflow: assign({ inflowStopped: true }),
    tellInflowStopped: emit({ type: 'incident.notice', notice: 'inflowStopped' }),
    openExit: assign({ exitsOpened: ({ context }) => context.exitsOpened + 1 }),
    oneWayFlow: assign({ oneWayFlow: true }),
    deployStewards: assign({ stewardsDeployed: true }),
    broadcast: assign({ broadcasts: ({ context }) => context.broadcasts + 1 }),
    tellCrush: emit({ type: 'incident.notice', notice: 'crush' }),
  },
}).createMachine({
  id: 'crowd',
  context: ({ input }) => ({
    ...input, timeS: 0, inflowStopped: false, exitsOpened: 0, oneWayFlow: false, stewardsDeployed: false, broadcasts: 0,
    fallenCount: 0, calmSinceS: null,
  }),
  on: {
    'action.stopInflow': { guard: 'inflowNotYetStopped', actions: ['stopInflow', 'tellInflowStopped'] },
    'action.openExit': { actions: 'openExit' },
    'action.oneWayFlow': { actions: 'oneWayFlow' },
    'action.deployStewards': { actions: 'deployStewards' },
    'action.broadcast': { actions: 'broadcast' },
  },
  initial: 'gathering',
  states: {
    gathering: {
      description: '聚集：人群陆续进场，密度尚在正常范围 (people are arriving; the density is still normal, under 2 p/m²)',
      on: {
        'clock.tick': [
          { guard: 'someoneFell', target: 'crush', actions: 'keepTime' },
          { guard: 'critical', target: 'critical', actions: 'keepTime' },
          { guard: 'dense', target: 'dense', actions: 'keepTime' },
          { guard: 'easing', target: 'dispersing', actions: 'keepTime' },
          { actions: 'keepTime' },
        ],
      },
    },
    dense: {
      description: '拥挤：局部密度超过每平方米2人，行走受阻 (congested: over 2 p/m² somewhere, walking slows)',
      on: {
        'clock.tick': [
          { guard: 'someoneFell', target: 'crush', actions: 'keepTime' },
          { guard: 'critical', target: 'critical', actions: 'keepTime' },
          { guard: 'easing', target: 'dispersing', actions: 'keepTime' },
          { actions: 'keepTime' },
        ],
      },
    },
    critical: {
      description: '临界：瓶颈处密度达每平方米4人以上，走走停停、人群涌动，随时可能踩踏 (critical: 4+ p/m² at the bottleneck, stop-and-go surges; a fall can spread)',
      on: {
        'clock.tick': [
          { guard: 'someoneFell', target: 'crush', actions: 'keepTime' },
          { guard: 'easing', target: 'dispersing', actions: 'keepTime' },
          { guard: 'belowDense', target: 'dense', actions: 'keepTime' },
          { actions: 'keepTime' },
        ],
      },
    },
    crush: {
      description: '挤压踩踏：有人被挤倒，倒地者受压窒息 (crush: people have fallen and those down are being compressed)',
      entry: 'tellCrush',
      on: {
        'clock.tick': [
          { guard: and(['nobodyDown', 'easing']), target: 'dispersing', actions: 'keepTime' },
          { guard: 'nobodyDown', target: 'critical', actions: 'keepTime' },
          { actions: 'keepTime' },
        ],
      },
    },
    dispersing: {
      description: '疏散消减：入口已停止放行，人群正在散去 (dispersing: nobody more is let in and the crowd thins out)',
      on: {
        'clock.tick': [
          { guard: 'someoneFell', target: 'crush', actions: 'keepTime' },
          { guard: 'critical', target: 'critical', actions: 'keepTime' },
          { guard: 'crowdingAgain', target: 'dense', actions: 'keepTime' },
          { guard: 'calmLongEnough', target: 'clear', actions: 'keepTime' },
          { actions: 'keepTime' },
        ],
      },
    },
    clear: { type: 'final', description: '恢复正常：人群散开，密度回到正常，不再有人进场 (clear: the crowd is back to normal and nobody more is coming)' },
  },
});

/** The phases of a crowd incident, as `IncidentState.phase` names them. */
export type CrowdPhase = MachinePhase<typeof crowdMachine>;
