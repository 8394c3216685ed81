// Coaching in a micro-drill, headless: which decision points fall due as the clock moves (the view pauses at them and
// shows the card), and what an order the trainee just gave did for the role's duties — each duty it carried out, in
// time or late, and the rule behind it (codes; words in src/i18n). The view decides whether hints are shown.
import type { Order } from '../orders/order.ts';
import type { DrillRecord } from '../record.ts';
import type { Drill } from '../scenario/loadDrill.ts';
import type { RuleId } from '../scoring/dutySchema.ts';
import { clockStartS, matches } from '../scoring/roleDuties.ts';
import type { DecisionPoint } from './trainingSchema.ts';

/** The decision points whose time falls in (fromS, toS], in time order: the clock pauses at the first of them. */
export function decisionPointsBetween(drill: Drill, fromS: number, toS: number): DecisionPoint[] {
  const points = drill.scenario.training?.decisionPoints ?? [];
  return points.filter((p) => p.atS > fromS && p.atS <= toS).sort((a, b) => a.atS - b.atS);
}

/** One duty an order carried out. `dueS` is null when the clock of the duty had not started (the team did not know yet). */
export interface OrderFeedback { item: string; rule: RuleId; inTime: boolean; dueS: number | null }

/**
 * What an accepted order given at `atS` by the trained team did for its duties, by the record up to then: each duty
 * of the role rubric it carries out and not already done, in the rubric's order. Empty for an order that is none of
 * them (the view then says so), and for an order of another team.
 */
export function orderFeedback(drill: Drill, record: DrillRecord, role: string, order: Order, atS: number): OrderFeedback[] {
  if (order.by !== role) return [];
  const items = drill.rubric.capabilities.flatMap((c) => c.items).filter((i) => i.duty !== undefined && i.rule !== undefined);
  const doneBefore = (item: (typeof items)[number]) => record.orders.some((o) => o.rejected === null && o.atS < atS && o.order.by === role && matches(item.duty!, o.order));
  return items.filter((item) => matches(item.duty!, order) && !doneBefore(item)).map((item) => {
    const startS = clockStartS(record, item.duty!, role);
    const dueS = startS === null ? null : startS + item.duty!.withinS;
    return { item: item.id, rule: item.rule!, inTime: dueS === null || atS <= dueS, dueS };
  });
}
