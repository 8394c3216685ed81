// 爆 The lifecycle of a gas leak: it is stopped and aired out (averted), or it finds a spark and blows up,
// after which the site is searched until it can be declared safe. Time arrives as `clock.tick`.
import { assign, emit, setup } from 'xstate';
import type { MachinePhase } from './machinePhase.ts';

export interface ExplosionInput { searchS: number }

export interface ExplosionContext {
  searchS: number;
  timeS: number;
  valveClosed: boolean;
  ventilated: boolean;
  cordoned: boolean;
  siteEvacuated: boolean;
  powerCut: boolean;
  blastAtS: number | null;
  /** Units able to search that are on scene now, and how long search has gone on. */
  searchers: string[];
  searchedS: number;
}

type UnitAction = { unit: string | null; by: string };
export type ExplosionEvent =
  | { type: 'clock.tick'; timeS: number; cloudKg: number; ignitableCloudKg: number; ignited: boolean }
  | { type: 'unit.arrived'; unit: string; capabilities: string[]; crewCount: number }
  | { type: 'unit.left'; unit: string }
  | ({ type: 'action.closeValve' } & UnitAction)
  | ({ type: 'action.ventilate' } & UnitAction)
  | ({ type: 'action.evacuateSite' } & UnitAction)
  | ({ type: 'action.cordon' } & UnitAction)
  | ({ type: 'action.cutPower' } & UnitAction)
  | ({ type: 'action.declareSafe' } & UnitAction);

export type ExplosionEmitted = { type: 'incident.notice'; notice: 'valveClosed' | 'blast' };

const tick = (event: ExplosionEvent) => (event.type === 'clock.tick' ? event : null);

export const explosionMachine = setup({
  types: { context: {} as ExplosionContext, events: {} as ExplosionEvent, input: {} as ExplosionInput, emitted: {} as ExplosionEmitted },
  guards: {
    ignited: ({ event }) => tick(event)?.ignited === true,
    safeToLeave: ({ context, event }) => {
      const t = tick(event);
      return t !== null && context.valveClosed && t.cloudKg < t.ignitableCloudKg / 10;
    },
    searchedEnough: ({ context }) => context.searchedS >= context.searchS,
  },
  actions: {
    keepTime: assign(({ context, event }) => {
      const t = tick(event);
      if (!t) return {};
      const searching = context.blastAtS !== null && context.searchers.length > 0;
      return { timeS: t.timeS, searchedS: context.searchedS + (searching ? t.timeS - context.timeS : 0) };
    }),
    closeValve: assign({ valveClosed: true }),
    tellValveClosed: emit({ type: 'incident.notice', notice: 'valveClosed' }),
    ventilate: assign({ ventilated: true }),
    evacuateSite: assign({ siteEvacuated: true }),
    cordon: assign({ cordoned: true }),
    cutPower: assign({ powerCut: true }),
    markBlast: assign({ blastAtS: ({ context }) => context.timeS }),
    tellBlast: emit({ type: 'incident.notice', notice: 'blast' }),
    joinSearch: assign({
      searchers: ({ context, event }) =>
        event.type === 'unit.arrived' && event.capabilities.includes('search') && !context.searchers.includes(event.unit)
          ? [...context.searchers, event.unit].sort() : context.searchers,
    }),
    leaveSearch: assign({ searchers: ({ context, event }) => (event.type === 'unit.left' ? context.searchers.filter((u) => u !== event.unit) : context.searchers) }),
  },
}).createMachine({
  id: 'explosion',
  context: ({ input }) => ({
    searchS: input.searchS, timeS: 0, valveClosed: false, ventilated: false, cordoned: false, siteEvacuated: false,
    powerCut: false, blastAtS: null, searchers: [], searchedS: 0,
  }),
  on: {
    'unit.arrived': { actions: 'joinSearch' },
    'unit.left': { actions: 'leaveSearch' },
    'action.cordon': { actions: 'cordon' },
    'action.evacuateSite': { actions: 'evacuateSite' },
  },
  initial: 'leaking',
  states: {
    leaking: {
      description: '泄漏：燃气正在外泄，气云随时间扩大，遇火源即爆 (gas is escaping; the cloud grows and any spark sets it off)',
      on: {
        'clock.tick': [
          { guard: 'ignited', target: 'blast', actions: 'keepTime' },
          { guard: 'safeToLeave', target: 'averted', actions: 'keepTime' },
          { actions: 'keepTime' },
        ],
        'action.closeValve': { actions: ['closeValve', 'tellValveClosed'] },
        'action.ventilate': { actions: 'ventilate' },
        'action.cutPower': { actions: 'cutPower' },
      },
    },
    blast: {
      description: '爆炸：气云被点燃，冲击波波及周边 (the cloud has ignited; the blast wave strikes)',
      entry: ['markBlast', 'tellBlast'],
      on: { 'clock.tick': { target: 'aftermath', actions: 'keepTime' } },
    },
    aftermath: {
      description: '爆炸后处置：搜救被困、救治伤员、警戒防二次事故 (search, treat the injured, guard against a second accident)',
      on: {
        'clock.tick': { actions: 'keepTime' },
        'action.declareSafe': { guard: 'searchedEnough', target: 'cleared' },
      },
    },
    averted: { type: 'final', description: '险情排除：阀门关闭，气云消散 (averted: the valve is shut and the cloud has thinned out)' },
    cleared: { type: 'final', description: '现场清理完毕：搜救结束，宣布安全 (cleared: the search is over and the site is declared safe)' },
  },
});

/** The phases of a explosion incident, as `IncidentState.phase` names them. */
export type ExplosionPhase = MachinePhase<typeof explosionMachine>;
