// What a finished micro-drill hands on to the trainee's progress on the device (src/training/trainingAttempt.ts, kept on the
// device by the progress store, issue #13 item 5): the attempt as one value, built here from the drill's record and the
// role's score (kept by the progress store's keepFinishedMicroDrill, once per run).
import type { DrillRecord, DrillScore } from '../../sim/index.ts';
import type { TrainingAttempt } from '../../training/trainingAttempt.ts';

export type { TrainingAttempt };

/** A coached run shows cards' hints and feedback on each order; a test run shows neither until the review. */
export type TrainingMode = TrainingAttempt['mode'];

/** The attempt of a finished micro-drill: the role's score out of 100 and whether it passed. */
export function trainingAttempt(options: { record: DrillRecord; score: DrillScore; role: string; mode: TrainingMode; finishedAtIso: string }): TrainingAttempt {
  const { record, score } = options;
  return {
    scenarioId: record.scenarioId, role: options.role, scorePercent: score.total, passed: score.conclusion !== 'fail',
    mode: options.mode, finishedAtIso: options.finishedAtIso, record,
  };
}
