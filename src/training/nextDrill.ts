// The micro-drill to suggest next, from what the trainee has done: first one of their own role not yet done, then one
// failed, then one passed only with hints (to be run again as a test), then another role's; within each, the drill
// that brings a factor the trainee has not trained yet comes first. Pure: same drills and progress, same suggestion.
import type { Drill, Factor, TrainingRole } from '../sim/index.ts';
import type { DrillProgress } from './drillProgress.ts';

/** What the suggestion needs of a micro-drill. */
export interface MicroDrill { id: string; role: TrainingRole; team: string; factors: Factor[] }

/** Why a drill is suggested: not done yet in the trainee's role, failed, passed only with hints, another role's. */
export type NextReason = 'notDone' | 'failed' | 'retestWithoutHints' | 'otherRole';

export interface NextDrill { scenarioId: string; reason: NextReason; /** The factors it would train for the first time, in the drill's order. */ newFactors: Factor[] }

/** A micro-drill's scenario as the suggestion sees it; null for a scenario that is no micro-drill. */
export function microDrillOf(scenario: Drill['scenario']): MicroDrill | null {
  if (!scenario.training) return null;
  const factors = [...new Set(scenario.incidents.map((i) => i.factor))];
  return { id: scenario.id, role: scenario.training.role, team: scenario.training.team, factors };
}

function reasonFor(drill: MicroDrill, progress: DrillProgress | undefined, traineeRole: TrainingRole | null): NextReason | null {
  if (!progress) return traineeRole === null || drill.role === traineeRole ? 'notDone' : 'otherRole';
  if (progress.passedInTest) return null;
  return progress.passedCoached ? 'retestWithoutHints' : 'failed';
}

const rank: Record<NextReason, number> = { notDone: 0, failed: 1, retestWithoutHints: 2, otherRole: 3 };

/**
 * The drill to do next, or null when every micro-drill has been passed in a test run. `drills` in catalog order (the
 * last tie-break); `traineeRole` is the role the trainee trains (null: any, until they have chosen one).
 */
export function nextDrill(drills: readonly MicroDrill[], progress: readonly DrillProgress[], traineeRole: TrainingRole | null): NextDrill | null {
  const tried = new Set(progress.map((p) => p.scenarioId));
  const trainedFactors = new Set(drills.filter((d) => tried.has(d.id)).flatMap((d) => d.factors));
  const candidates = drills.flatMap((drill, order) => {
    const reason = reasonFor(drill, progress.find((p) => p.scenarioId === drill.id), traineeRole);
    if (reason === null) return [];
    const newFactors = drill.factors.filter((f) => !trainedFactors.has(f));
    const ownRole = traineeRole === null || drill.role === traineeRole ? 0 : 1;
    return [{ next: { scenarioId: drill.id, reason, newFactors }, key: [rank[reason], ownRole, newFactors.length > 0 ? 0 : 1, order] }];
  });
  candidates.sort((a, b) => compareKeys(a.key, b.key));
  return candidates[0]?.next ?? null;
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/** The role the trainee trains, taken from the drill of their latest attempt; null before the first (or for a drill no longer here). */
export function roleOfLatest(drills: readonly MicroDrill[], latest: { scenarioId: string } | null): TrainingRole | null {
  return latest === null ? null : drills.find((d) => d.id === latest.scenarioId)?.role ?? null;
}
