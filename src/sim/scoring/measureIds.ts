// The names of what a rubric can measure and veto; the measures themselves are in measures.ts.
export const measureIds = [
  'reportOnTime', 'reportComplete', 'reportTruthful', 'followUpReports',
  'rightLead', 'supportTookPart', 'firstActionInTime', 'firstUnitOnScene', 'responseLevelSet',
  'warningBeforeImpact', 'movedBeforeImpact', 'vulnerableMovedFirst',
  'livesSaved', 'outcomeAgainstPlan', 'countySupportInTime', 'unitsIdleWhileNeeded', 'overCommitment', 'ordersAccepted', 'villagesHelped',
] as const;
export type MeasureId = (typeof measureIds)[number];

export const vetoIds = ['concealment', 'falseReport', 'deathsWithoutEvacuation'] as const;
export type VetoId = (typeof vetoIds)[number];
