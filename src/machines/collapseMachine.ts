// 塌 The lifecycle of a collapse with people trapped: responders arrive at an unsafe site, secure it, search,
// free the trapped, until everyone is out. A secondary collapse makes the site unsafe again. Time arrives as
// `clock.tick`, with readings from the collapse physics. It takes no input: the physics holds the scenario's numbers.
import { assign, emit, enqueueActions, setup } from 'xstate';
import type { MachinePhase } from './machinePhase.ts';

export interface CollapseContext {
  timeS: number;
  /** Set by `secureSite`, lost in a secondary collapse: the physics then uses the lower secured hazard. */
  secured: boolean;
  /** Set by `shore`, lost in a secondary collapse: the physics shores the worksite while this holds. */
  shoringOrdered: boolean;
  /** The shoring is finished (from the physics). */
  shored: boolean;
  secondaryCollapseCount: number;
  /** The missing at the last tick (null before the first), to tell the feed when people are located. */
  missingCount: number | null;
}

type UnitAction = { unit: string | null; by: string };
export interface CollapseTick {
  type: 'clock.tick';
  timeS: number;
  /** Trapped and not yet located (失踪), located and still being freed, and both together. */
  missingCount: number;
  locatedCount: number;
  remainingCount: number;
  /** Whether crews searched or freed people in this tick. */
  searching: boolean;
  extricating: boolean;
  shored: boolean;
  secondaryCollapse: boolean;
}
export type CollapseEvent =
  | CollapseTick
  | { type: 'unit.arrived'; unit: string; capabilities: string[]; crewCount: number }
  | { type: 'unit.left'; unit: string }
  | ({ type: 'action.secureSite' } & UnitAction)
  | ({ type: 'action.shore' } & UnitAction);

export type CollapseEmitted = { type: 'incident.notice'; notice: 'secondaryCollapse' | 'shored' | 'located' };

const tick = (event: CollapseEvent) => (event.type === 'clock.tick' ? event : null);

/** The tick transitions shared by the phases after the site is secured: the first that holds is taken. */
const securedTick = [
  { guard: 'secondaryCollapse', target: 'unsafe', actions: ['keepTime', 'markSecondaryCollapse', 'tellSecondaryCollapse'] },
  { guard: 'everyoneOut', target: 'recovered', actions: 'keepTime' },
  { guard: 'extricating', target: 'extricating', actions: ['noteProgress', 'keepTime'] },
  { guard: 'searching', target: 'searching', actions: ['noteProgress', 'keepTime'] },
  { target: 'secured', actions: ['noteProgress', 'keepTime'] },
] as const;

export const collapseMachine = setup({
  types: { context: {} as CollapseContext, events: {} as CollapseEvent, emitted: {} as CollapseEmitted },
  guards: {
    secondaryCollapse: ({ event }) => tick(event)?.secondaryCollapse === true,
    everyoneOut: ({ event }) => tick(event)?.remainingCount === 0,
    extricating: ({ event }) => tick(event)?.extricating === true,
    searching: ({ event }) => tick(event)?.searching === true,
  },
  actions: {
    keepTime: assign(({ context, event }) => ({ timeS: tick(event)?.timeS ?? context.timeS, missingCount: tick(event)?.missingCount ?? context.missingCount })),
    secure: assign({ secured: true }),
    orderShoring: assign({ shoringOrdered: true }),
    /** Tells the feed when people have been located since the last tick, and when the shoring is finished. */
    noteProgress: enqueueActions(({ context, event, enqueue }) => {
      const t = tick(event);
      if (!t) return;
      if (context.missingCount !== null && t.missingCount < context.missingCount) enqueue.emit({ type: 'incident.notice', notice: 'located' });
      if (t.shored === context.shored) return;
      enqueue.assign({ shored: t.shored });
      if (t.shored) enqueue.emit({ type: 'incident.notice', notice: 'shored' });
    }),
    markSecondaryCollapse: assign({
      secured: false, shoringOrdered: false, shored: false,
      secondaryCollapseCount: ({ context }) => context.secondaryCollapseCount + 1,
    }),
    tellSecondaryCollapse: emit({ type: 'incident.notice', notice: 'secondaryCollapse' }),
  },
}).createMachine({
  id: 'collapse',
  context: () => ({ timeS: 0, secured: false, shoringOrdered: false, shored: false, secondaryCollapseCount: 0, missingCount: null }),
  initial: 'collapsed',
  on: { 'action.shore': { actions: 'orderShoring' } },
  states: {
    collapsed: {
      description: '坍塌：人员被困，救援力量尚未到场 (the structure has come down with people trapped; no responders are there yet)',
      on: {
        'unit.arrived': 'unsafe',
        'clock.tick': [{ guard: 'everyoneOut', target: 'recovered', actions: 'keepTime' }, { actions: 'keepTime' }],
      },
    },
    unsafe: {
      description: '现场危险：结构未经评估排险，进入作业可能再次坍塌 (responders are on scene but the structure is unassessed; working in it risks a secondary collapse)',
      on: {
        'action.secureSite': { target: 'secured', actions: 'secure' },
        'clock.tick': [
          { guard: 'secondaryCollapse', target: 'unsafe', actions: ['keepTime', 'markSecondaryCollapse', 'tellSecondaryCollapse'] },
          { guard: 'everyoneOut', target: 'recovered', actions: 'keepTime' },
          { actions: ['noteProgress', 'keepTime'] },
        ],
      },
    },
    secured: {
      description: '现场已排险：完成结构评估、警戒、断电断气，可以进入 (the structure is assessed, the site cordoned, power and gas cut: safe to enter)',
      on: { 'clock.tick': [...securedTick] },
    },
    searching: {
      description: '搜索定位：呼叫、听音、探测，查找被困人员位置 (search: calling, listening and probing to locate the trapped)',
      on: { 'clock.tick': [...securedTick] },
    },
    extricating: {
      description: '破拆救援：支撑、破拆、起吊，救出已定位的被困人员 (extrication: shoring, breaching and lifting to free those located)',
      on: { 'clock.tick': [...securedTick] },
    },
    recovered: {
      type: 'final',
      description: '救援结束：被困人员全部救出或找到 (rescue over: everyone trapped has been brought out)',
    },
  },
});

/** The phases of a collapse incident, as `IncidentState.phase` names them. */
export type CollapsePhase = MachinePhase<typeof collapseMachine>;
