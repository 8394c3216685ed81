// Scores a drill record the way every caller should: against its scenario's rubric, with a no-response run of the
// same scenario on the same seed, to the same time, as the baseline its casualties and loss are weighed against —
// and, when the scenario has a reference plan, a run of that plan on the same seed to the same time as the yardstick.
import type { DrillRecord } from '../record.ts';
import type { Drill } from '../scenario/loadDrill.ts';
import type { TimedOrder } from '../orders/timedOrders.ts';
import { createSimulation } from '../simulation.ts';
import type { DrillScore } from './scoreDrill.ts';
import { scoreDrill } from './scoreDrill.ts';

/** The facilitator's accepted curveballs of a record: part of what happened to the township, not of the response. */
function curveballsOf(record: DrillRecord): TimedOrder[] {
  return record.orders.filter((o) => o.order.type === 'addIncident' && o.rejected === null).map(({ atS, order }) => ({ atS, order }));
}

/** Runs `orders` (in time order) on the drill with the record's seed up to the record's end; refused orders change nothing. */
function runAlongside(drill: Drill, record: DrillRecord, orders: readonly TimedOrder[]): DrillRecord {
  const sim = createSimulation(drill, record.seed);
  for (const { atS, order } of orders) {
    if (atS > record.endS) break;
    sim.advance(atS - sim.timeS());
    sim.dispatch(order);
  }
  sim.advance(record.endS - sim.timeS());
  return sim.record();
}

/** The record of the same drill left alone: the record's seed, up to the record's end, its curveballs and no other order. */
export function noResponseBaseline(drill: Drill, record: DrillRecord): DrillRecord {
  return runAlongside(drill, record, curveballsOf(record));
}

/** The record of the scenario's reference plan on the record's seed, up to its end, with its curveballs; null without a plan. */
export function referencePlanRun(drill: Drill, record: DrillRecord, referencePlan: readonly TimedOrder[] | null): DrillRecord | null {
  if (!referencePlan) return null;
  const orders = [...curveballsOf(record), ...referencePlan].map((o, i) => ({ o, i })).sort((a, b) => a.o.atS - b.o.atS || a.i - b.i).map(({ o }) => o);
  return runAlongside(drill, record, orders);
}

/**
 * The score of a record, with its baseline and reference-plan runs made here (`referencePlan` from
 * scoring/referencePlan.ts; null for a scenario without one). Pure and deterministic: same record, same score.
 * `role`: score only that team (a micro-drill's trainee) on a role rubric.
 */
export function scoreRecord(drill: Drill, record: DrillRecord, referencePlan: readonly TimedOrder[] | null, options: { role?: string } = {}): DrillScore {
  // A role rubric judges the trainee's own duties and reports: no measure of it weighs the outcome against other runs.
  if (drill.rubric.scope === 'role') return scoreDrill({ drill, record, rubric: drill.rubric, ...options });
  const plan = referencePlanRun(drill, record, referencePlan);
  return scoreDrill({ drill, record, rubric: drill.rubric, baseline: noResponseBaseline(drill, record), ...(plan ? { plan } : {}), ...options });
}
