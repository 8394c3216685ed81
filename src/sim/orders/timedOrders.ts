// Orders with their times, as a file: the command line's --orders and a scenario's reference plan
// (scenarios/plans/<scenario>.json) are lists of { atS, order }, checked before the drill starts; read for a drill, a
// report names its incident's place as that drill has it (planPlaces.ts).
import { z } from 'zod';
import type { ContentProblem, Loaded } from '../scenario/contentError.ts';
import { parseJsonText } from '../scenario/contentError.ts';
import type { Order } from './order.ts';
import { malformedOrderText, parseOrder } from './order.ts';
import type { PlanPlaces } from './planPlaces.ts';
import { namingPlaces } from './planPlaces.ts';

export interface TimedOrder { atS: number; order: Order }

const OrdersFileSchema = z.array(z.strictObject({ atS: z.int().min(0), order: z.unknown() })).max(100_000);

/** The drill the orders are for: one after its end is a problem, and its incidents name its reports' places (planPlaces.ts). */
export interface OrdersDrill extends PlanPlaces { scenario: PlanPlaces['scenario'] & { durationS: number } }

/** Orders sorted by time (stable, so orders at the same second keep their file order); without `drill`, a report's
 *  place stays as written and no order is too late. */
export function parseOrdersFile(file: string, text: string, drill?: OrdersDrill): Loaded<TimedOrder[]> {
  const endS = drill?.scenario.durationS ?? Infinity;
  const json = parseJsonText(file, text);
  if (!json.ok) return json;
  const list = OrdersFileSchema.safeParse(json.value);
  if (!list.success) {
    return { ok: false, problems: list.error.issues.slice(0, 20).map((i) => ({ file, path: i.path.join('.'), problem: i.message })) };
  }
  const problems: ContentProblem[] = [];
  const orders: TimedOrder[] = [];
  list.data.forEach((entry, i) => {
    const parsed = parseOrder(entry.order);
    if (entry.atS > endS) problems.push({ file, path: `${i}.atS`, problem: `comes after the drill ends (${endS} s)` });
    if (!parsed.ok) {
      problems.push({ file, path: `${i}.order`, problem: malformedOrderText(parsed) });
      return;
    }
    const named = namingPlaces(parsed.order, drill);
    if (named.ok) orders.push({ atS: entry.atS, order: named.order });
    else problems.push({ file, path: `${i}.order.${named.field}`, problem: named.problem });
  });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: orders.map((o, i) => ({ o, i })).sort((a, b) => a.o.atS - b.o.atS || a.i - b.i).map(({ o }) => o) };
}
