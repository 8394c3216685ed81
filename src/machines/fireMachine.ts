// 火 The lifecycle of a fire: it smoulders, takes off (a grass/forest fire spreads and may threaten a village; a
// building fire grows to flashover), is contained and put out, then the scene is watched against rekindling until
// it is cold. Time and the physics' readings arrive as `clock.tick`; the machine rolls no dice.
import { and, assign, emit, enqueueActions, setup } from 'xstate';
import type { MachinePhase } from './machinePhase.ts';

export type FireKind = 'wildland' | 'building';

export interface FireInput {
  kind: FireKind;
  /** When the incident started (sim seconds), how long it smoulders, how long a watch must be kept, and when the remains are cold. */
  startS: number;
  smoulderS: number;
  watchS: number;
  coldAfterS: number;
}

export interface FireContext extends FireInput {
  timeS: number;
  flashedOver: boolean;
  villageReached: boolean;
  outAtS: number | null;
  /** Units on scene that can keep the watch (fire or search), and how long the watch has been kept. */
  guards: string[];
  guardedS: number;
  /** Units ordered to cut a firebreak, while they stay on scene (sorted). */
  firebreakUnits: string[];
  buildingEvacuationOrdered: boolean;
  rekindleCount: number;
}

export interface FireTick {
  type: 'clock.tick';
  timeS: number;
  /** Open flame anywhere: burning cells, or a building fire above its out threshold. */
  flaming: boolean;
  /** Villages and facilities within the threat distance of the flame. */
  threatenedCount: number;
  /** Village house blocks the fire has reached so far. */
  villageCellsReachedCount: number;
  /** The crews on scene can knock down all the flame the fire has (it cannot grow). */
  underControl: boolean;
  /** A building fire's heat release has reached flashover. */
  flashover: boolean;
  /** The remains flared up again (rolled by the physics while the scene is not watched). */
  rekindled: boolean;
}

type UnitAction = { unit: string | null; by: string };
export type FireEvent =
  | FireTick
  | { type: 'unit.arrived'; unit: string; capabilities: string[]; crewCount: number }
  | { type: 'unit.left'; unit: string }
  | ({ type: 'action.cutFirebreak' } & UnitAction)
  | ({ type: 'action.evacuateBuilding' } & UnitAction)
  | ({ type: 'action.endWatch' } & UnitAction);

export type FireNotice = 'villageThreatened' | 'villageReached' | 'flashover' | 'fireOut' | 'rekindled';
export type FireEmitted = { type: 'incident.notice'; notice: FireNotice };

const tick = (event: FireEvent) => (event.type === 'clock.tick' ? event : null);
const withUnit = (list: string[], unit: string) => (list.includes(unit) ? list : [...list, unit].sort());

/** Watch time kept up to this tick: the time since the last tick counts while guards stand on scene. */
const guardedUntil = (context: FireContext, event: FireEvent) =>
  context.guardedS + (context.guards.length > 0 ? (tick(event)?.timeS ?? context.timeS) - context.timeS : 0);

/** A flame-out ends every burning phase first; the rest is each phase's own. */
const outFirst = { guard: 'flameOut', target: 'out', actions: 'keepTime' } as const;
/** The remains flare up: a building fire grows again from small, a grass fire spreads again. */
const rekindleWatched = [
  { guard: and(['rekindled', 'isBuilding']), target: 'growing', actions: ['countWatch', 'keepTime', 'markRekindled', 'tellRekindled'] },
  { guard: 'rekindled', target: 'spreading', actions: ['countWatch', 'keepTime', 'markRekindled', 'tellRekindled'] },
] as const;
const rekindleUnwatched = [
  { guard: and(['rekindled', 'isBuilding']), target: 'growing', actions: ['keepTime', 'markRekindled', 'tellRekindled'] },
  { guard: 'rekindled', target: 'spreading', actions: ['keepTime', 'markRekindled', 'tellRekindled'] },
] as const;

export const fireMachine = setup({
  types: { context: {} as FireContext, events: {} as FireEvent, input: {} as FireInput, emitted: {} as FireEmitted },
  guards: {
    flameOut: ({ event }) => tick(event)?.flaming === false,
    smoulderOver: ({ context, event }) => { const t = tick(event); return t !== null && t.timeS - context.startS >= context.smoulderS; },
    isBuilding: ({ context }) => context.kind === 'building',
    threatened: ({ event }) => (tick(event)?.threatenedCount ?? 0) > 0,
    notThreatened: ({ event }) => tick(event)?.threatenedCount === 0,
    underControl: ({ event }) => tick(event)?.underControl === true,
    outOfControl: ({ event }) => tick(event)?.underControl === false,
    flashover: ({ event }) => tick(event)?.flashover === true,
    hadFlashover: ({ context }) => context.flashedOver,
    rekindled: ({ event }) => tick(event)?.rekindled === true,
    watchedEnough: ({ context, event }) => guardedUntil(context, event) >= context.watchS,
    cold: ({ context, event }) => { const t = tick(event); return t !== null && context.outAtS !== null && t.timeS - context.outAtS >= context.coldAfterS; },
  },
  actions: {
    keepTime: enqueueActions(({ context, event, enqueue }) => {
      const t = tick(event);
      if (!t) return;
      enqueue.assign({ timeS: t.timeS });
      if (!context.villageReached && t.villageCellsReachedCount > 0) {
        enqueue.assign({ villageReached: true });
        enqueue.emit({ type: 'incident.notice', notice: 'villageReached' });
      }
    }),
    /** Before keepTime: the watch counts the time since the last tick while guards stand on scene. */
    countWatch: assign({ guardedS: ({ context, event }) => guardedUntil(context, event) }),
    tellThreatened: emit({ type: 'incident.notice', notice: 'villageThreatened' }),
    markFlashover: assign({ flashedOver: true }),
    tellFlashover: emit({ type: 'incident.notice', notice: 'flashover' }),
    markOut: assign({ outAtS: ({ context }) => context.timeS, guardedS: 0 }),
    tellOut: emit({ type: 'incident.notice', notice: 'fireOut' }),
    markRekindled: assign({ rekindleCount: ({ context }) => context.rekindleCount + 1, outAtS: null, flashedOver: false }),
    tellRekindled: emit({ type: 'incident.notice', notice: 'rekindled' }),
    joinScene: assign(({ context, event }) => {
      if (event.type !== 'unit.arrived' || !event.capabilities.some((c) => c === 'fire' || c === 'search')) return {};
      return { guards: withUnit(context.guards, event.unit) };
    }),
    leaveScene: assign(({ context, event }) => {
      if (event.type !== 'unit.left') return {};
      return { guards: context.guards.filter((u) => u !== event.unit), firebreakUnits: context.firebreakUnits.filter((u) => u !== event.unit) };
    }),
    orderFirebreak: assign({ firebreakUnits: ({ context, event }) => (event.type === 'action.cutFirebreak' && event.unit !== null ? withUnit(context.firebreakUnits, event.unit) : context.firebreakUnits) }),
    orderBuildingEvacuation: assign({ buildingEvacuationOrdered: true }),
  },
}).createMachine({
  id: 'fire',
  context: ({ input }) => ({
    ...input, timeS: input.startS, flashedOver: false, villageReached: false, outAtS: null, guards: [], guardedS: 0,
    firebreakUnits: [], buildingEvacuationOrdered: false, rekindleCount: 0,
  }),
  on: {
    'unit.arrived': { actions: 'joinScene' },
    'unit.left': { actions: 'leaveScene' },
    'action.cutFirebreak': { actions: 'orderFirebreak' },
    'action.evacuateBuilding': { actions: 'orderBuildingEvacuation' },
  },
  initial: 'smouldering',
  states: {
    smouldering: {
      description: '阴燃/初起：火点刚起，尚未蔓延，扑火力量到场即可扑灭 (smouldering: the fire has not taken off yet; a crew on scene puts it out)',
      on: {
        'clock.tick': [
          outFirst,
          { guard: and(['smoulderOver', 'isBuilding']), target: 'growing', actions: 'keepTime' },
          { guard: 'smoulderOver', target: 'spreading', actions: 'keepTime' },
          { actions: 'keepTime' },
        ],
      },
    },
    spreading: {
      description: '蔓延：草原森林火在风和坡度推动下扩展 (spreading: wind and slope drive the grass or forest fire across the land)',
      on: {
        'clock.tick': [
          outFirst,
          { guard: 'underControl', target: 'contained', actions: 'keepTime' },
          { guard: 'threatened', target: 'threatening', actions: 'keepTime' },
          { actions: 'keepTime' },
        ],
      },
    },
    threatening: {
      description: '威胁村庄：火线逼近村庄或设施，须转移群众、开设隔离带 (threatening: the front nears a village or facility; move people, cut a break)',
      entry: 'tellThreatened',
      on: {
        'clock.tick': [
          outFirst,
          { guard: 'underControl', target: 'contained', actions: 'keepTime' },
          { guard: 'notThreatened', target: 'spreading', actions: 'keepTime' },
          { actions: 'keepTime' },
        ],
      },
    },
    growing: {
      description: '发展：建筑火按 t² 增长，人员仍可疏散 (growing: the building fire grows as t²; people can still get out)',
      on: {
        'clock.tick': [
          outFirst,
          { guard: 'flashover', target: 'fullyDeveloped', actions: ['keepTime', 'markFlashover', 'tellFlashover'] },
          { guard: 'underControl', target: 'contained', actions: 'keepTime' },
          { actions: 'keepTime' },
        ],
      },
    },
    fullyDeveloped: {
      description: '轰燃后全面燃烧：室内不可生存，火可蔓延至相邻房屋 (fully developed after flashover: nobody survives inside; it can spread next door)',
      on: {
        'clock.tick': [
          outFirst,
          { guard: 'underControl', target: 'contained', actions: 'keepTime' },
          { actions: 'keepTime' },
        ],
      },
    },
    contained: {
      description: '控制：扑火力量压住火势，不再扩大 (contained: the crews hold the fire; it grows no more)',
      on: {
        'clock.tick': [
          outFirst,
          { guard: and(['outOfControl', 'hadFlashover']), target: 'fullyDeveloped', actions: 'keepTime' },
          { guard: and(['outOfControl', 'isBuilding']), target: 'growing', actions: 'keepTime' },
          { guard: 'outOfControl', target: 'spreading', actions: 'keepTime' },
          { actions: 'keepTime' },
        ],
      },
    },
    out: {
      description: '明火扑灭：转入看守火场 (out: the open flame is out; the scene is to be watched)',
      entry: ['markOut', 'tellOut'],
      on: { 'clock.tick': { target: 'watch', actions: 'keepTime' } },
    },
    watch: {
      description: '看守火场：清理余火，防止复燃 (watch: crews mop up and guard against rekindling)',
      on: {
        'clock.tick': [
          ...rekindleWatched,
          { guard: 'watchedEnough', target: 'extinguished', actions: ['countWatch', 'keepTime'] },
          { guard: 'cold', target: 'extinguished', actions: ['countWatch', 'keepTime'] },
          { actions: ['countWatch', 'keepTime'] },
        ],
        'action.endWatch': [{ guard: 'watchedEnough', target: 'extinguished' }, { target: 'unguarded' }],
      },
    },
    unguarded: {
      description: '撤离看守：看守提前结束，余火可能复燃 (unguarded: the watch ended early; the remains may flare up)',
      on: {
        'clock.tick': [
          ...rekindleUnwatched,
          { guard: 'cold', target: 'extinguished', actions: 'keepTime' },
          { actions: 'keepTime' },
        ],
      },
    },
    extinguished: { type: 'final', description: '彻底熄灭：火场清理完毕，撤离 (extinguished: the scene is cold and cleared)' },
  },
});

/** The phases of a fire incident, as `IncidentState.phase` names them. */
export type FirePhase = MachinePhase<typeof fireMachine>;
