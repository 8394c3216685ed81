// 撞 The course of a road crash with many casualties: the scene is secured against a second crash, medics
// triage (START), the casualties are treated and carried away, and the road is cleared. Time arrives as `clock.tick`.
import { assign, emit, enqueueActions, setup } from 'xstate';
import type { MachinePhase } from './machinePhase.ts';

/** 一般 / 较大 / 重大 / 特别重大 (《生产安全事故报告和调查处理条例》 Art. 3), computed by the physics. */
export type CollisionGrade = 'general' | 'larger' | 'major' | 'especially-major';
const gradeRank: Record<CollisionGrade, number> = { general: 0, larger: 1, major: 2, 'especially-major': 3 };
const gradeNotice = { general: null, larger: 'gradeLarger', major: 'gradeMajor', 'especially-major': 'gradeEspeciallyMajor' } as const;

export interface CollisionReadings {
  /** The crash road is closed by order: no traffic, no second crash. */
  roadClosed: boolean;
  /** A vehicle ran into the scene during this tick. */
  secondCollision: boolean;
  /** Living casualties still at the scene, trapped or not; and casualties there not yet triaged. */
  onSceneCount: number;
  untriagedCount: number;
  deadCount: number;
  grade: CollisionGrade;
}

export interface CollisionContext extends CollisionReadings {
  timeS: number;
  /** Units on scene that set up traffic control and warning signs, while they stay. */
  securers: string[];
  /** Rescue crews on scene freeing the trapped. */
  extricators: string[];
  triageStarted: boolean;
  /** The scene's commander sends casualties by tag (red, then yellow) instead of as they are come upon. */
  redFirst: boolean;
}

type UnitAction = { unit: string | null; by: string };
export type CollisionEvent =
  | ({ type: 'clock.tick'; timeS: number } & CollisionReadings)
  | { type: 'unit.arrived'; unit: string; capabilities: string[]; crewCount: number }
  | { type: 'unit.left'; unit: string }
  | ({ type: 'action.secureScene' } & UnitAction)
  | ({ type: 'action.triage' } & UnitAction)
  | ({ type: 'action.transportRedFirst' } & UnitAction)
  | ({ type: 'action.extricate' } & UnitAction)
  | ({ type: 'action.clearScene' } & UnitAction);

export type CollisionNotice =
  | 'sceneSecured' | 'sceneUnsecured' | 'secondCollision' | 'triageDone' | 'allCasualtiesAway' | 'followUpDue'
  | 'gradeLarger' | 'gradeMajor' | 'gradeEspeciallyMajor';
export type CollisionEmitted = { type: 'incident.notice'; notice: CollisionNotice };

const tick = (event: CollisionEvent) => (event.type === 'clock.tick' ? event : null);
const secured = (securers: readonly string[], roadClosed: boolean) => securers.length > 0 || roadClosed;
const notice = (n: CollisionNotice): CollisionEmitted => ({ type: 'incident.notice', notice: n });

/**
 * How notices are told: the first reading only sets the baseline (and may raise the grade); `quiet` leaves the
 * scene's protection unsaid when the phase itself (unsecured ↔ secured) already says it.
 */
interface Telling { first: boolean; quiet: boolean }

/** What a tick's readings say has changed. */
function noticesFor(context: CollisionContext, t: CollisionReadings, telling: Telling): CollisionNotice[] {
  const notices: CollisionNotice[] = [];
  const { first } = telling;
  const was = secured(context.securers, context.roadClosed);
  const now = secured(context.securers, t.roadClosed);
  if (!first && !telling.quiet && was !== now) notices.push(now ? 'sceneSecured' : 'sceneUnsecured');
  if (t.secondCollision) notices.push('secondCollision');
  if (!first && t.deadCount > context.deadCount) notices.push('followUpDue');
  if (!first && context.onSceneCount > 0 && t.onSceneCount === 0) notices.push('allCasualtiesAway');
  const raised = gradeNotice[t.grade];
  if (gradeRank[t.grade] > gradeRank[context.grade] && raised !== null) notices.push(raised);
  return notices;
}

const firstReading = { type: 'reading', params: { first: true, quiet: true } } as const;
const reading = { type: 'reading', params: { first: false, quiet: false } } as const;
const phaseReading = { type: 'reading', params: { first: false, quiet: true } } as const;
const quietSecure = { type: 'secure', params: { quiet: true } } as const;
const quietLeave = { type: 'leave', params: { quiet: true } } as const;

export const collisionMachine = setup({
  types: { context: {} as CollisionContext, events: {} as CollisionEvent, emitted: {} as CollisionEmitted },
  guards: {
    securedByReading: ({ context, event }) => { const t = tick(event); return t !== null && secured(context.securers, t.roadClosed); },
    unsecuredByReading: ({ context, event }) => { const t = tick(event); return t !== null && !secured(context.securers, t.roadClosed); },
    lastSecurerLeaves: ({ context, event }) =>
      event.type === 'unit.left' && !context.roadClosed && context.securers.length === 1 && context.securers[0] === event.unit,
    allTriaged: ({ event }) => tick(event)?.untriagedCount === 0,
    sceneEmpty: ({ context }) => context.onSceneCount === 0,
    byUnit: ({ event }) => 'unit' in event && typeof event.unit === 'string' && event.type.startsWith('action.'),
  },
  actions: {
    reading: enqueueActions(({ context, event, enqueue }, params: Telling) => {
      const t = tick(event);
      if (!t) return;
      for (const n of noticesFor(context, t, params)) enqueue.emit(notice(n));
      enqueue.assign({
        timeS: t.timeS, roadClosed: t.roadClosed, secondCollision: t.secondCollision, onSceneCount: t.onSceneCount,
        untriagedCount: t.untriagedCount, deadCount: t.deadCount, grade: t.grade,
      });
    }),
    secure: enqueueActions(({ context, event, enqueue }, params: { quiet: boolean }) => {
      if (event.type !== 'action.secureScene' || event.unit === null || context.securers.includes(event.unit)) return;
      if (!params.quiet && !secured(context.securers, context.roadClosed)) enqueue.emit(notice('sceneSecured'));
      enqueue.assign({ securers: [...context.securers, event.unit].sort() });
    }),
    leave: enqueueActions(({ context, event, enqueue }, params: { quiet: boolean }) => {
      if (event.type !== 'unit.left') return;
      const securers = context.securers.filter((u) => u !== event.unit);
      if (!params.quiet && secured(context.securers, context.roadClosed) && !secured(securers, context.roadClosed)) enqueue.emit(notice('sceneUnsecured'));
      enqueue.assign({ securers, extricators: context.extricators.filter((u) => u !== event.unit) });
    }),
    startTriage: assign({ triageStarted: true }),
    tellTriageDone: emit(notice('triageDone')),
    sortByTag: assign({ redFirst: true }),
    extricate: assign({
      extricators: ({ context, event }) =>
        event.type === 'action.extricate' && event.unit !== null && !context.extricators.includes(event.unit) ? [...context.extricators, event.unit].sort() : context.extricators,
    }),
  },
}).createMachine({
  id: 'collision',
  context: {
    timeS: 0, securers: [], extricators: [], roadClosed: false, triageStarted: false, redFirst: false,
    secondCollision: false, onSceneCount: 0, untriagedCount: 0, deadCount: 0, grade: 'general',
  },
  on: {
    'unit.left': { actions: { type: 'leave', params: { quiet: false } } },
    'action.secureScene': { actions: { type: 'secure', params: { quiet: false } } },
    'action.transportRedFirst': { actions: 'sortByTag' },
    'action.extricate': { actions: 'extricate' },
  },
  initial: 'crash',
  states: {
    crash: {
      description: '事故发生：车辆相撞，伤员散落现场，后方来车照常行驶 (the crash has just happened; casualties lie at the scene and traffic still comes on)',
      on: {
        'clock.tick': [
          { guard: 'securedByReading', target: 'secured', actions: firstReading },
          { target: 'unsecured', actions: firstReading },
        ],
      },
    },
    unsecured: {
      description: '现场未防护：无警戒、无交通管制，快速路上随时可能发生二次事故 (no warning signs or traffic control: a second crash can happen at any moment)',
      on: {
        'clock.tick': [{ guard: 'securedByReading', target: 'secured', actions: phaseReading }, { actions: reading }],
        'action.secureScene': [{ guard: 'byUnit', target: 'secured', actions: quietSecure }],
        'action.triage': { target: 'triage', actions: 'startTriage' },
        'action.clearScene': { guard: 'sceneEmpty', target: 'cleared' },
      },
    },
    secured: {
      description: '现场已防护：交警设置警示、管制交通，等待医疗力量检伤 (traffic police have set warnings and control traffic; medics are awaited)',
      on: {
        'clock.tick': [{ guard: 'unsecuredByReading', target: 'unsecured', actions: phaseReading }, { actions: reading }],
        'unit.left': [{ guard: 'lastSecurerLeaves', target: 'unsecured', actions: quietLeave }, { actions: quietLeave }],
        'action.triage': { target: 'triage', actions: 'startTriage' },
        'action.clearScene': { guard: 'sceneEmpty', target: 'cleared' },
      },
    },
    triage: {
      description: '检伤分类：医务人员按START法给伤员挂红、黄、绿、黑标签 (medics sort the casualties by START into red, yellow, green and black)',
      on: {
        'clock.tick': [{ guard: 'allTriaged', target: 'transporting', actions: [reading, 'tellTriageDone'] }, { actions: reading }],
        'action.clearScene': { guard: 'sceneEmpty', target: 'cleared' },
      },
    },
    transporting: {
      description: '救治转运：现场救治，救护车把伤员送往卫生院或县医院 (treatment on scene; ambulances carry the casualties to the clinic or the county hospital)',
      on: {
        'clock.tick': { actions: reading },
        'action.clearScene': { guard: 'sceneEmpty', target: 'cleared' },
      },
    },
    cleared: {
      type: 'final',
      description: '现场清理完毕：伤员全部转离，清障后恢复通行 (every casualty is away, the wreck is removed and the road reopens)',
    },
  },
});

/** The phases of a collision incident, as `IncidentState.phase` names them. */
export type CollisionPhase = MachinePhase<typeof collisionMachine>;
