// Scores a drill record the way every caller should: against its scenario's rubric, with a no-response run of the
// same scenario on the same seed, to the same time, as the baseline its casualties and loss are weighed against.
import type { DrillRecord } from '../record.ts';
import type { Drill } from '../scenario/loadDrill.ts';
import { createSimulation } from '../simulation.ts';
import type { DrillScore } from './scoreDrill.ts';
import { scoreDrill } from './scoreDrill.ts';

/**
 * The record of the same drill left alone: the record's seed, up to the record's end, and none of the players'
 * orders. The facilitator's curveballs stay: they are part of what happened to the township, not of the response.
 */
export function noResponseBaseline(drill: Drill, record: DrillRecord): DrillRecord {
  const sim = createSimulation(drill, record.seed);
  for (const { atS, order, rejected } of record.orders) {
    if (order.type !== 'addIncident' || rejected !== null) continue;
    sim.advance(atS - sim.timeS());
    sim.dispatch(order);
  }
  sim.advance(record.endS - sim.timeS());
  return sim.record();
}

/** The score of a record, with its no-response baseline run here. Pure and deterministic: same record, same score. */
export function scoreRecord(drill: Drill, record: DrillRecord): DrillScore {
  return scoreDrill({ drill, record, rubric: drill.rubric, baseline: noResponseBaseline(drill, record) });
}
