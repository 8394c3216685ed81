// 涝 The course of a rainstorm flood as the flood-control office (防汛办) calls it: watch, a rainstorm warning, the river
// over its warning level, water over the crest or a breach at the weak point, the water going down, all clear.
// Time and the river's readings arrive as `clock.tick`; players' sandbags, pumps and dike patrols as actions.
import { and, assign, enqueueActions, setup } from 'xstate';
import type { MachinePhase } from './machinePhase.ts';

export type FloodSignal = 'none' | 'blue' | 'yellow' | 'orange' | 'red';

export interface FloodInput { warningStageM: number; alertSignal: Exclude<FloodSignal, 'none'>; recoveredDepthM: number }

export interface FloodContext extends FloodInput {
  timeS: number;
  /** Units on scene laying sandbags, pumping, and patrolling the dike, by id (sorted). */
  sandbaggers: string[];
  pumpers: string[];
  patrollers: string[];
  seepageFoundAtS: number | null;
  breachAtS: number | null;
  villageFloodedAtS: number | null;
}

export interface FloodTick {
  type: 'clock.tick';
  timeS: number;
  stageM: number;
  /** The lowest crest now (the weak point's, with its sandbags, or the rest's). */
  crestM: number;
  signal: FloodSignal;
  rainOver: boolean;
  seepageFound: boolean;
  breached: boolean;
  /** The deepest water standing in any village. */
  villageDepthM: number;
  vehiclesSwept: number;
}

type UnitAction = { unit: string | null; by: string };
export type FloodEvent =
  | FloodTick
  | { type: 'unit.arrived'; unit: string; capabilities: string[]; crewCount: number }
  | { type: 'unit.left'; unit: string }
  | ({ type: 'action.sandbag' } & UnitAction)
  | ({ type: 'action.pump' } & UnitAction)
  | ({ type: 'action.patrolDike' } & UnitAction);

export type FloodNotice = 'seepageFound' | 'overtopping' | 'breach' | 'villageFlooded' | 'vehicleSwept';
export type FloodEmitted = { type: 'incident.notice'; notice: FloodNotice };

const signalRank: Record<FloodSignal, number> = { none: 0, blue: 1, yellow: 2, orange: 3, red: 4 };
const tick = (event: FloodEvent) => (event.type === 'clock.tick' ? event : null);
const joined = (list: string[], unit: string | null) => (unit === null || list.includes(unit) ? list : [...list, unit].sort());

export const floodMachine = setup({
  types: { context: {} as FloodContext, events: {} as FloodEvent, input: {} as FloodInput, emitted: {} as FloodEmitted },
  guards: {
    breached: ({ event }) => tick(event)?.breached === true,
    newlyBreached: ({ context, event }) => tick(event)?.breached === true && context.breachAtS === null,
    overCrest: ({ event }) => { const t = tick(event); return t !== null && t.stageM > t.crestM; },
    overWarning: ({ context, event }) => { const t = tick(event); return t !== null && t.stageM >= context.warningStageM; },
    belowWarning: ({ context, event }) => { const t = tick(event); return t !== null && t.stageM < context.warningStageM; },
    signalled: ({ context, event }) => { const t = tick(event); return t !== null && signalRank[t.signal] >= signalRank[context.alertSignal]; },
    breachLeftOpen: ({ context }) => context.breachAtS !== null,
    allClear: ({ context, event }) => {
      const t = tick(event);
      return t !== null && t.rainOver && t.signal === 'none' && t.stageM < context.warningStageM && t.villageDepthM <= context.recoveredDepthM;
    },
  },
  actions: {
    observe: enqueueActions(({ context, event, enqueue }) => {
      const t = tick(event);
      if (!t) return;
      enqueue.assign({ timeS: t.timeS });
      if (t.seepageFound && context.seepageFoundAtS === null) {
        enqueue.assign({ seepageFoundAtS: t.timeS });
        enqueue.emit({ type: 'incident.notice', notice: 'seepageFound' });
      }
      if (t.villageDepthM > context.recoveredDepthM && context.villageFloodedAtS === null) {
        enqueue.assign({ villageFloodedAtS: t.timeS });
        enqueue.emit({ type: 'incident.notice', notice: 'villageFlooded' });
      }
      if (t.vehiclesSwept > 0) enqueue.emit({ type: 'incident.notice', notice: 'vehicleSwept' });
    }),
    markBreach: enqueueActions(({ context, enqueue }) => {
      if (context.breachAtS !== null) return;
      enqueue.assign({ breachAtS: context.timeS });
      enqueue.emit({ type: 'incident.notice', notice: 'breach' });
    }),
    tellOvertopping: enqueueActions(({ enqueue }) => { enqueue.emit({ type: 'incident.notice', notice: 'overtopping' }); }),
    sandbag: assign({ sandbaggers: ({ context, event }) => (event.type === 'action.sandbag' ? joined(context.sandbaggers, event.unit) : context.sandbaggers) }),
    pump: assign({ pumpers: ({ context, event }) => (event.type === 'action.pump' ? joined(context.pumpers, event.unit) : context.pumpers) }),
    patrol: assign({ patrollers: ({ context, event }) => (event.type === 'action.patrolDike' ? joined(context.patrollers, event.unit) : context.patrollers) }),
    leave: assign(({ context, event }) => {
      if (event.type !== 'unit.left') return {};
      const without = (list: string[]) => list.filter((u) => u !== event.unit);
      return { sandbaggers: without(context.sandbaggers), pumpers: without(context.pumpers), patrollers: without(context.patrollers) };
    }),
  },
}).createMachine({
  id: 'flood',
  context: ({ input }) => ({
    ...input, timeS: 0, sandbaggers: [], pumpers: [], patrollers: [], seepageFoundAtS: null, breachAtS: null, villageFloodedAtS: null,
  }),
  on: {
    'unit.left': { actions: 'leave' },
    'action.sandbag': { actions: 'sandbag' },
    'action.pump': { actions: 'pump' },
    'action.patrolDike': { actions: 'patrol' },
  },
  initial: 'watch',
  states: {
    watch: {
      description: '防汛值守：降雨中，河道水位在警戒水位以下 (on flood watch: it rains, the river is below its warning level)',
      on: {
        'clock.tick': [
          { guard: 'breached', target: 'breached', actions: 'observe' },
          { guard: 'overCrest', target: 'overtopping', actions: 'observe' },
          { guard: 'overWarning', target: 'rising', actions: 'observe' },
          { guard: 'signalled', target: 'warning', actions: 'observe' },
          { guard: 'allClear', target: 'recovered', actions: 'observe' },
          { actions: 'observe' },
        ],
      },
    },
    warning: {
      description: '暴雨预警：气象部门发布暴雨预警信号，做好转移准备 (rainstorm warning: the weather office has raised a rainstorm signal; get ready to move people)',
      on: {
        'clock.tick': [
          { guard: 'breached', target: 'breached', actions: 'observe' },
          { guard: 'overCrest', target: 'overtopping', actions: 'observe' },
          { guard: 'overWarning', target: 'rising', actions: 'observe' },
          { guard: 'allClear', target: 'recovered', actions: 'observe' },
          { actions: 'observe' },
        ],
      },
    },
    rising: {
      description: '超警戒水位：河水超过警戒水位并继续上涨，巡堤查险 (over the warning level: the river is above its warning level; patrol the dike)',
      on: {
        'clock.tick': [
          { guard: 'breached', target: 'breached', actions: 'observe' },
          { guard: 'overCrest', target: 'overtopping', actions: 'observe' },
          { guard: 'belowWarning', target: 'receding', actions: 'observe' },
          { actions: 'observe' },
        ],
      },
    },
    overtopping: {
      description: '漫堤：河水漫过堤顶（险工段最先），堤后低洼地进水 (overtopping: the river pours over the crest, the weak point first, into the low ground behind)',
      entry: 'tellOvertopping',
      on: {
        'clock.tick': [
          { guard: 'breached', target: 'breached', actions: 'observe' },
          { guard: 'belowWarning', target: 'receding', actions: 'observe' },
          { guard: 'overCrest', actions: 'observe' },
          { target: 'rising', actions: 'observe' },
        ],
      },
    },
    breached: {
      description: '决口：险工段溃堤，洪水涌入堤后村庄 (breach: the embankment has given way at the weak point and the river floods the villages behind it)',
      entry: 'markBreach',
      on: {
        'clock.tick': [
          { guard: 'belowWarning', target: 'receding', actions: 'observe' },
          { actions: 'observe' },
        ],
      },
    },
    receding: {
      description: '退水：河水回落到警戒水位以下，排涝清淤 (receding: the river is back below its warning level; pump the low ground dry)',
      on: {
        'clock.tick': [
          { guard: 'newlyBreached', target: 'breached', actions: 'observe' },
          { guard: and(['overWarning', 'breachLeftOpen']), target: 'breached', actions: 'observe' },
          { guard: 'overWarning', target: 'rising', actions: 'observe' },
          { guard: 'allClear', target: 'recovered', actions: 'observe' },
          { actions: 'observe' },
        ],
      },
    },
    recovered: {
      type: 'final',
      description: '解除：雨停水退，村庄无积水 (all clear: the rain has stopped, the river is down and no water stands in the villages)',
    },
  },
});

/** The phases of a flood incident, as `IncidentState.phase` names them. */
export type FloodPhase = MachinePhase<typeof floodMachine>;
