// A scenario's reference plan (scenarios/plans/<scenario file>): the timed orders of a good response, the yardstick
// scoring weighs outcomes against. Loaded apart from the drill: running a drill never needs it, scoring does.
import type { Loaded } from '../scenario/contentError.ts';
import type { Drill, ReadContent } from '../scenario/loadDrill.ts';
import type { TimedOrder } from '../orders/timedOrders.ts';
import { parseOrdersFile } from '../orders/timedOrders.ts';

/** Where a scenario's reference plan is: `scenarios/demo.json` → `scenarios/plans/demo.json`. */
export function referencePlanPathFor(scenarioPath: string): string {
  const slash = scenarioPath.lastIndexOf('/');
  return `${scenarioPath.slice(0, slash + 1)}plans/${scenarioPath.slice(slash + 1)}`;
}

/**
 * The drill's reference plan, its orders in time order; null when the scenario has none (no file beside it).
 * A plan that does not parse, or gives an order after the drill ends, is a problem naming the plan's file.
 */
export function loadReferencePlan(drill: Drill, readContent: ReadContent): Loaded<TimedOrder[] | null> {
  const path = referencePlanPathFor(drill.files.scenario);
  const text = readContent(path);
  if (text === undefined) return { ok: true, value: null };
  return parseOrdersFile(path, text, drill);
}
