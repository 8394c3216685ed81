// Every measure a rubric item can name, by id.
import { coLeadsTookPart, firstActionInTime, firstUnitOnScene, responseLevelSet, rightLead, supportTookPart } from './commandMeasures.ts';
import { expectationsMet } from './expectationsMeasure.ts';
import { proportionateResponse } from './proportionMeasure.ts';
import type { MeasureId } from './measureIds.ts';
import { countySupportInTime, livesSaved, ordersAccepted, outcomeAgainstPlan, overCommitment, unitsIdleWhileNeeded, villagesHelped } from './outcomeMeasures.ts';
import { movedBeforeImpact, vulnerableMovedFirst, warningBeforeImpact } from './protectionMeasures.ts';
import { followUpReports, reportComplete, reportOnTime, reportTruthful } from './reportingMeasures.ts';
import { roleDuty } from './roleDuties.ts';
import type { RubricItem } from './rubricSchema.ts';
import type { MeasureResult, ScoringContext } from './scoringContext.ts';

/** Each measure reads the context; a roleDuty item also its own duty. */
export const measures: Record<MeasureId, (ctx: ScoringContext, item: RubricItem) => MeasureResult> = {
  reportOnTime, reportComplete, reportTruthful, followUpReports,
  rightLead, coLeadsTookPart, supportTookPart, firstActionInTime, firstUnitOnScene, responseLevelSet,
  warningBeforeImpact, movedBeforeImpact, vulnerableMovedFirst,
  livesSaved, outcomeAgainstPlan, countySupportInTime, unitsIdleWhileNeeded, overCommitment, ordersAccepted, villagesHelped,
  proportionateResponse, expectationsMet, roleDuty,
};
