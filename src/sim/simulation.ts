// The headless drill: a pure function of (drill, seed, orders with their times). No clock, no I/O, no Math.random.
import type { SimEvent, SimEventBody } from './events.ts';
import type { Order } from './orders/order.ts';
import { applyOrder, parseOrder } from './orders/order.ts';
import type { Rejection } from './orders/rejection.ts';
import { factorDefinitionOf } from './incidents/factorRegistry.ts';
import { RandomStreams } from './random/RandomStreams.ts';
import type { DrillRecord } from './record.ts';
import type { Drill } from './scenario/loadDrill.ts';
import type { SimContext } from './simContext.ts';
import { initialState } from './state/initialState.ts';
import type { SimState } from './state/simState.ts';
import { systems } from './systems/index.ts';
import type { World } from './world/world.ts';
import { buildWorld } from './world/world.ts';
import type { TeamView } from './knowledge/teamView.ts';
import { viewOf, viewsOf } from './knowledge/viewOf.ts';

export type DispatchResult = { ok: true; events: SimEvent[] } | Rejection;

export interface Simulation {
  readonly world: World;
  /** Sim seconds since the drill started. */
  timeS(): number;
  /** A deep copy of the whole state: save it, hash it, resume from it. */
  snapshot(): SimState;
  /** Gives an order now. A refused order changes nothing and says why: a reason code with its particulars. */
  dispatch(order: unknown): DispatchResult;
  /** Runs whole seconds; returns the events of those seconds in order. */
  advance(seconds: number): SimEvent[];
  /** A copy of the drill record so far. */
  record(): DrillRecord;
  /** What one team's screen may show now (the facilitator's: the truth), with its own orders. */
  viewOf(team: string): TeamView;
  /** The views of several teams now, each incident's map reading worked out once for all of them. */
  viewsOf(teams: readonly string[]): TeamView[];
}

/** A new drill from the start. The seed defaults to the scenario's. */
export function createSimulation(drill: Drill, seed: string | number = drill.scenario.seed): Simulation {
  const world = buildWorld(drill);
  const state = initialState(world, String(seed));
  return runSimulation(world, state, emptyRecord(drill, state), { open: true });
}

/** Carries on a saved drill exactly where it stopped. */
export function resumeSimulation(drill: Drill, saved: SimState, record?: DrillRecord): Simulation {
  // A state saved before teams had knowledge resumes with none yet.
  const state = { ...structuredClone(saved), knowledge: structuredClone(saved.knowledge ?? {}), calls: structuredClone(saved.calls ?? []) };
  return runSimulation(buildWorld(drill), state, record ? structuredClone(record) : emptyRecord(drill, state));
}

function emptyRecord(drill: Drill, state: SimState): DrillRecord {
  return { schemaVersion: 1, scenarioId: drill.scenario.id, seed: state.seed, timeCompression: drill.scenario.timeCompression, orders: [], events: [], endS: state.timeS, ...(drill.hazards?.length ? { hazards: structuredClone(drill.hazards) } : {}), ...(drill.placedAt ? { placedAt: { ...drill.placedAt } } : {}) };
}

/** `open`: run second 0 once, so what is due at the start (an inject or incident at 0 s) happens at 0 s. */
function runSimulation(world: World, state: SimState, record: DrillRecord, options: { open: boolean } = { open: false }): Simulation {
  const random = new RandomStreams(state.seed, state.random);
  let pending: SimEvent[] = [];
  let changeCount = 0;
  const ctx: SimContext = {
    world, state, random,
    definitionOf: factorDefinitionOf,
    emit(body: SimEventBody) {
      const event = { ...body, timeS: state.timeS };
      pending.push(event);
      record.events.push(event);
      changeCount++;
    },
    changeCount: () => changeCount,
    changedQuietly: () => { changeCount++; },
  };
  const take = () => { const out = pending; pending = []; return out; };
  const runSystems = () => { for (const system of systems) if (state.timeS % system.cadenceS === 0) system.run(ctx); };
  if (options.open) runSystems();

  return {
    world,
    timeS: () => state.timeS,
    snapshot() {
      state.random = random.save();
      return structuredClone(state);
    },
    dispatch(input) {
      const parsed = parseOrder(input);
      if (!parsed.ok) return parsed;
      const order: Order = structuredClone(parsed.order);
      const outcome = applyOrder(ctx, order);
      record.orders.push(outcome.ok ? { atS: state.timeS, order, rejected: null } : { atS: state.timeS, order, rejected: outcome.reason, refusalParams: outcome.params });
      return outcome.ok ? { ok: true, events: take() } : outcome;
    },
    advance(seconds) {
      if (!Number.isInteger(seconds) || seconds < 0) throw new RangeError(`advance takes whole seconds ≥ 0, got ${seconds}`);
      for (let i = 0; i < seconds; i++) {
        state.timeS += 1;
        runSystems();
      }
      record.endS = state.timeS;
      return take();
    },
    record: () => structuredClone(record),
    viewOf: (team) => viewOf(world, state, team, record),
    viewsOf: (teams) => viewsOf(world, state, teams, record),
  };
}
