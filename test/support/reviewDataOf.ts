// A finished drill as the review hands it to the exports: a demo scenario run headless with a plan (or no orders),
// scored against its rubric with the no-response baseline, as the score CLI does.
import type { TimedOrder } from '../../src/sim/index.ts';
import { runDrill } from '../../src/cli/runDrill.ts';
import { scoreRun } from '../../src/cli/scoreRun.ts';
import type { ReviewData } from '../../src/review/reviewData.ts';
import { namesWith } from '../../src/i18n/names.ts';
import type { Drill } from '../../src/sim/index.ts';

export interface FinishedDrillOptions {
  orders?: readonly TimedOrder[];
  untilS?: number;
  finishedAt?: string;
  mode?: ReviewData['mode'];
  team?: string | null;
}

/** The review data of `drill` run on its own seed with `orders` (none by default) to its end or `untilS`. */
export function reviewDataOf(drill: Drill, options: FinishedDrillOptions = {}): ReviewData {
  const { sim } = runDrill({ drill, seed: drill.scenario.seed, orders: options.orders ?? [], untilS: options.untilS ?? drill.scenario.durationS });
  const record = sim.record();
  const state = sim.snapshot();
  return {
    world: namesWith(sim.world, state.curveballs), record, state, events: record.events, score: scoreRun(drill, record),
    finishedAt: options.finishedAt ?? '2026-07-15T16:05:00+08:00', mode: options.mode ?? 'hall', team: options.team ?? null,
  };
}
