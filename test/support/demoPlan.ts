// The demo drill's reference plan (scenarios/plans/demo-flood-transfer.json), run to a time on a seed.
import { parseOrdersFile } from '../../src/sim/index.ts';
import type { TimedOrder } from '../../src/sim/index.ts';
import { runDrill } from '../../src/cli/runDrill.ts';
import { formatProblems } from '../../src/sim/index.ts';
import { demoDrill, fileText } from './demoDrill.ts';

export const demoPlanPath = 'scenarios/plans/demo-flood-transfer.json';

/** The orders of a plan file in scenarios/plans/. */
export function planOrders(path: string): TimedOrder[] {
  const parsed = parseOrdersFile(path, fileText(path));
  if (!parsed.ok) throw new Error(formatProblems(parsed.problems));
  return parsed.value;
}

export function demoPlan(): TimedOrder[] {
  return planOrders(demoPlanPath);
}

export function runDemoPlan(options: { seed?: string | number; untilS?: number; orders?: TimedOrder[] } = {}) {
  const drill = demoDrill();
  return runDrill({ drill, seed: options.seed ?? drill.scenario.seed, orders: options.orders ?? demoPlan(), untilS: options.untilS ?? drill.scenario.durationS });
}
