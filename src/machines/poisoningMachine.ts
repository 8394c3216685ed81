// 毒 The lifecycle of a poisoning, by kind: a toxic release goes on until its source is isolated or empty and is
// ended by an all-clear; a food-poisoning outbreak runs until its last case is treated; carbon monoxide in homes
// lasts until every poisoned home is found. Time and the physics' readings arrive as `clock.tick`.
import { assign, emit, enqueueActions, setup } from 'xstate';
import type { MachinePhase } from './machinePhase.ts';

export type PoisoningKind = 'toxicRelease' | 'foodPoisoning' | 'carbonMonoxide';
/** Public-health response grades (Ⅳ 一般, Ⅲ 较大, Ⅱ 重大), lowest first. */
export const publicHealthLevels = ['none', 'IV', 'III', 'II'] as const;
export type PublicHealthLevel = (typeof publicHealthLevels)[number];

export interface PoisoningInput { kind: PoisoningKind; isolationWorkS: number }

export interface PoisoningContext {
  kind: PoisoningKind;
  timeS: number;
  /** Severe patients still waiting for treatment at the last tick. */
  waitingCount: number;
  /** Toxic release: isolation ordered, the hazmat work it needs and has had, who does it, the cordon, the air. */
  isolating: boolean;
  isolationWorkS: number;
  isolationWorkedS: number;
  hazmatUnits: string[];
  cordoned: boolean;
  plumeOverVillages: boolean;
  airClear: boolean;
  /** Food poisoning: when the food was sealed, the grade reached, and whether it must be reported. */
  foodSealedS: number | null;
  level: PublicHealthLevel;
  reportable: boolean;
  /** Carbon monoxide: when door-to-door checks began, and whether dawn has come. */
  checksStartedS: number | null;
  dawn: boolean;
}

/** What the physics reports each tick; each kind sends its own. */
export interface PoisoningReadings {
  waitingCount: number;
  sourceEmpty?: boolean;
  plumeOverVillages?: boolean;
  airClear?: boolean;
  /** Cases so far, and cases still to come (incubating, or diners of meals yet to be served). */
  casesCount?: number;
  pendingCount?: number;
  level?: PublicHealthLevel;
  reportable?: boolean;
  /** Poisoned homes nobody has found yet. */
  unfoundCount?: number;
  dawn?: boolean;
}

type UnitAction = { unit: string | null; by: string };
export type PoisoningEvent =
  | ({ type: 'clock.tick'; timeS: number } & PoisoningReadings)
  | { type: 'unit.arrived'; unit: string; capabilities: string[]; crewCount: number }
  | { type: 'unit.left'; unit: string }
  | ({ type: 'action.isolateSource' } & UnitAction)
  | ({ type: 'action.cordon' } & UnitAction)
  | ({ type: 'action.declareAllClear' } & UnitAction)
  | ({ type: 'action.sealFood' } & UnitAction)
  | ({ type: 'action.doorToDoorChecks' } & UnitAction);

export type PoisoningNotice = 'sourceIsolated' | 'sourceEmpty' | 'plumeOverVillages' | 'foodSealed' | 'reportThreshold' | 'levelIV' | 'levelIII' | 'levelII' | 'dawn';
export type PoisoningEmitted = { type: 'incident.notice'; notice: PoisoningNotice };

const tick = (event: PoisoningEvent) => (event.type === 'clock.tick' ? event : null);
const notice = (n: PoisoningNotice): PoisoningEmitted => ({ type: 'incident.notice', notice: n });

export const poisoningMachine = setup({
  types: { context: {} as PoisoningContext, events: {} as PoisoningEvent, input: {} as PoisoningInput, emitted: {} as PoisoningEmitted },
  guards: {
    isRelease: ({ context }) => context.kind === 'toxicRelease',
    isFood: ({ context }) => context.kind === 'foodPoisoning',
    sourceEmpty: ({ event }) => tick(event)?.sourceEmpty === true,
    isolationDone: ({ context, event }) => {
      const t = tick(event);
      return t !== null && context.isolating && context.hazmatUnits.length > 0 && context.isolationWorkedS + (t.timeS - context.timeS) >= context.isolationWorkS;
    },
    canDeclareAllClear: ({ context }) => context.airClear && context.waitingCount === 0,
    outbreakOver: ({ event }) => { const t = tick(event); return t !== null && t.pendingCount === 0 && t.waitingCount === 0; },
    everyoneFound: ({ event }) => { const t = tick(event); return t !== null && t.unfoundCount === 0 && t.waitingCount === 0; },
  },
  actions: {
    takeReadings: enqueueActions(({ context, event, enqueue }) => {
      const t = tick(event);
      if (!t) return;
      if (t.plumeOverVillages === true && !context.plumeOverVillages) enqueue.emit(notice('plumeOverVillages'));
      if (t.reportable === true && !context.reportable) enqueue.emit(notice('reportThreshold'));
      const level = t.level ?? context.level;
      if (publicHealthLevels.indexOf(level) > publicHealthLevels.indexOf(context.level) && level !== 'none') enqueue.emit(notice(`level${level}`));
      if (t.dawn === true && !context.dawn) enqueue.emit(notice('dawn'));
      const working = context.isolating && context.hazmatUnits.length > 0;
      enqueue.assign({
        timeS: t.timeS,
        waitingCount: t.waitingCount,
        isolationWorkedS: context.isolationWorkedS + (working ? t.timeS - context.timeS : 0),
        plumeOverVillages: context.plumeOverVillages || t.plumeOverVillages === true,
        airClear: t.airClear ?? context.airClear,
        level: publicHealthLevels.indexOf(level) > publicHealthLevels.indexOf(context.level) ? level : context.level,
        reportable: context.reportable || t.reportable === true,
        dawn: context.dawn || t.dawn === true,
      });
    }),
    startIsolation: assign({ isolating: true }),
    tellIsolated: emit(notice('sourceIsolated')),
    tellSourceEmpty: emit(notice('sourceEmpty')),
    cordon: assign({ cordoned: true }),
    sealFood: assign({ foodSealedS: ({ context }) => context.timeS }),
    tellFoodSealed: emit(notice('foodSealed')),
    startChecks: assign({ checksStartedS: ({ context }) => context.timeS }),
    joinHazmat: assign({
      hazmatUnits: ({ context, event }) =>
        event.type === 'unit.arrived' && event.capabilities.includes('hazmat') && !context.hazmatUnits.includes(event.unit)
          ? [...context.hazmatUnits, event.unit].sort() : context.hazmatUnits,
    }),
    leaveHazmat: assign({ hazmatUnits: ({ context, event }) => (event.type === 'unit.left' ? context.hazmatUnits.filter((u) => u !== event.unit) : context.hazmatUnits) }),
  },
}).createMachine({
  id: 'poisoning',
  context: ({ input }) => ({
    kind: input.kind, timeS: 0, waitingCount: 0, isolating: false, isolationWorkS: input.isolationWorkS, isolationWorkedS: 0,
    hazmatUnits: [], cordoned: false, plumeOverVillages: false, airClear: false, foodSealedS: null, level: 'none',
    reportable: false, checksStartedS: null, dawn: false,
  }),
  on: {
    'unit.arrived': { actions: 'joinHazmat' },
    'unit.left': { actions: 'leaveHazmat' },
    'action.cordon': { actions: 'cordon' },
  },
  initial: 'routing',
  states: {
    routing: {
      description: '按类型分流：有毒气体泄漏、食物中毒或一氧化碳中毒 (passes straight to the first phase of the incident’s kind)',
      always: [{ guard: 'isRelease', target: 'releasing' }, { guard: 'isFood', target: 'outbreak' }, { target: 'exposed' }],
    },
    releasing: {
      description: '泄漏扩散：有毒气体持续外泄，毒气团顺风扩散 (toxic gas is escaping and the plume drifts downwind)',
      on: {
        'clock.tick': [
          { guard: 'sourceEmpty', target: 'dispersing', actions: ['takeReadings', 'tellSourceEmpty'] },
          { guard: 'isolationDone', target: 'dispersing', actions: ['takeReadings', 'tellIsolated'] },
          { actions: 'takeReadings' },
        ],
        'action.isolateSource': { actions: 'startIsolation' },
      },
    },
    dispersing: {
      description: '源头已控制，毒气消散中：下风向仍有残余毒气，待空气检测合格后解除警报 (the source has stopped; the plume drifts off until the air is clean enough for the all-clear)',
      on: {
        'clock.tick': { actions: 'takeReadings' },
        'action.declareAllClear': { guard: 'canDeclareAllClear', target: 'allClear' },
      },
    },
    allClear: { type: 'final', description: '解除警报：空气合格，群众开窗通风、返回家中 (all clear: the air is clean, people air their homes and return)' },
    outbreak: {
      description: '食物中毒暴发：病例陆续出现，可疑食物仍在供应 (cases keep appearing and the suspect food is still being served)',
      on: {
        'clock.tick': [{ guard: 'outbreakOver', target: 'outbreakOver', actions: 'takeReadings' }, { actions: 'takeReadings' }],
        'action.sealFood': { target: 'traced', actions: ['sealFood', 'tellFoodSealed'] },
      },
    },
    traced: {
      description: '可疑食物已封存：不再有新的进食暴露，潜伏期内的病例仍会发病 (the suspect food is sealed: no one else eats it, but cases already incubating still fall ill)',
      on: { 'clock.tick': [{ guard: 'outbreakOver', target: 'outbreakOver', actions: 'takeReadings' }, { actions: 'takeReadings' }] },
    },
    outbreakOver: { type: 'final', description: '疫情结束：不再出现新病例，病人均已救治 (over: no more cases to come and every patient treated)' },
    exposed: {
      description: '一氧化碳中毒：燃煤取暖户门窗紧闭，一氧化碳在室内积聚，尚无人排查 (CO is building up in closed homes heated by coal stoves, and nobody is checking)',
      on: {
        'clock.tick': [{ guard: 'everyoneFound', target: 'accountedFor', actions: 'takeReadings' }, { actions: 'takeReadings' }],
        'action.doorToDoorChecks': { target: 'checking', actions: 'startChecks' },
      },
    },
    checking: {
      description: '入户排查：村干部、民兵、志愿者逐户敲门查看炉具烟道，开窗通风 (door-to-door checks: cadres, militia and volunteers knock, look at stoves and flues, open windows)',
      on: { 'clock.tick': [{ guard: 'everyoneFound', target: 'accountedFor', actions: 'takeReadings' }, { actions: 'takeReadings' }] },
    },
    accountedFor: { type: 'final', description: '中毒户全部找到并救治 (every poisoned home is found and its people treated)' },
  },
});

/** The phases of a poisoning incident, as `IncidentState.phase` names them. */
export type PoisoningPhase = MachinePhase<typeof poisoningMachine>;
