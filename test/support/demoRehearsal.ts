// Rehearsals of a demo scenario as the app would keep them: the drill run headless (with or without its reference
// plan), scored with scoreDrill against a no-response run of the same seed, and turned into a log entry.
import { runDrill } from '../../src/cli/runDrill.ts';
import { namesWith } from '../../src/i18n/names.ts';
import type { ReviewData } from '../../src/review/reviewData.ts';
import { rehearsalEntry } from '../../src/rehearsals/rehearsalEntry.ts';
import type { Rehearsal } from '../../src/rehearsals/rehearsalSchema.ts';
import { scoreDrill } from '../../src/sim/index.ts';
import { scenarioDrill } from './demoDrill.ts';
import { planOrders } from './demoPlan.ts';

export const marketScenario = 'demo-market-gas-leak';

const cached = new Map<string, ReviewData>();

/** What the review would hold after the demo drill `scenarioId` ran to its end, with its plan or with no orders. */
export function demoReviewData(options: { scenarioId?: string; withPlan: boolean; finishedAt: string; mode?: 'hall' | 'training'; team?: string | null }): ReviewData {
  const scenarioId = options.scenarioId ?? marketScenario;
  const key = `${scenarioId}:${options.withPlan}`;
  let run = cached.get(key);
  if (!run) {
    const drill = scenarioDrill(`scenarios/${scenarioId}.json`);
    const untilS = drill.scenario.durationS;
    const orders = options.withPlan ? planOrders(`scenarios/plans/${scenarioId}.json`) : [];
    const { sim } = runDrill({ drill, seed: drill.scenario.seed, orders, untilS });
    const baseline = runDrill({ drill, seed: drill.scenario.seed, orders: [], untilS }).sim.record();
    const record = sim.record();
    const state = sim.snapshot();
    run = { world: namesWith(sim.world, state.curveballs), record, state, events: record.events, score: scoreDrill({ drill, record, rubric: drill.rubric, baseline }),
      finishedAt: '', mode: 'hall', team: null };
    cached.set(key, run);
  }
  return { ...run, finishedAt: options.finishedAt, mode: options.mode ?? 'hall', team: options.team ?? null };
}

/** The log entry of such a drill, with a given id and finishing time. */
export function demoRehearsal(options: { id: string; withPlan: boolean; finishedAt: string; scenarioId?: string }): Rehearsal {
  return rehearsalEntry(demoReviewData(options), options.id);
}
