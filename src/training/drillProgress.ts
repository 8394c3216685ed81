// What a trainee has done of each micro-drill, from the attempts kept on the device: how many times, the best and the
// last score, and whether it was passed — without hints (a test run) or only with them (coached).
import type { TrainingAttempt } from './trainingAttempt.ts';

export interface DrillProgress {
  scenarioId: string;
  attemptCount: number;
  bestPercent: number;
  lastPercent: number;
  lastPassed: boolean;
  lastAtIso: string;
  passedInTest: boolean;
  passedCoached: boolean;
}

const inTimeOrder = (a: TrainingAttempt, b: TrainingAttempt) => Date.parse(a.finishedAtIso) - Date.parse(b.finishedAtIso);

/** One line per micro-drill tried, in scenario id order; a drill never tried has none. */
export function progressByDrill(attempts: readonly TrainingAttempt[]): DrillProgress[] {
  const ids = [...new Set(attempts.map((a) => a.scenarioId))].sort();
  return ids.map((scenarioId) => {
    const mine = attempts.filter((a) => a.scenarioId === scenarioId).sort(inTimeOrder);
    const last = mine.at(-1)!;
    return {
      scenarioId,
      attemptCount: mine.length,
      bestPercent: Math.max(...mine.map((a) => a.scorePercent)),
      lastPercent: last.scorePercent,
      lastPassed: last.passed,
      lastAtIso: last.finishedAtIso,
      passedInTest: mine.some((a) => a.passed && a.mode === 'test'),
      passedCoached: mine.some((a) => a.passed && a.mode === 'coached'),
    };
  });
}

/** The most recent attempt, or null before the first. */
export function latestAttempt(attempts: readonly TrainingAttempt[]): TrainingAttempt | null {
  return [...attempts].sort(inTimeOrder).at(-1) ?? null;
}
