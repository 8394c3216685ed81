// The names of what a rubric can measure and veto; the measures themselves are in measures.ts.
export const measureIds = [
  'reportOnTime', 'reportComplete', 'reportTruthful', 'followUpReports',
  'rightLead', 'coLeadsTookPart', 'supportTookPart', 'firstActionInTime', 'firstUnitOnScene', 'responseLevelSet',
  'warningBeforeImpact', 'movedBeforeImpact', 'vulnerableMovedFirst',
  'livesSaved', 'outcomeAgainstPlan', 'countySupportInTime', 'unitsIdleWhileNeeded', 'overCommitment', 'ordersAccepted', 'villagesHelped',
  'proportionateResponse', 'expectationsMet', 'roleDuty',
] as const;
/** The measures a role rubric may use: those that judge the trained team alone. */
export const roleMeasureIds = ['roleDuty', 'reportOnTime', 'reportComplete', 'reportTruthful', 'followUpReports'] as const;
export type MeasureId = (typeof measureIds)[number];

export const vetoIds = ['concealment', 'falseReport', 'lateReport', 'omission', 'deathsWithoutEvacuation', 'deathsAsIfNoResponse'] as const;
/** The vetoes a rubric may soften to a cap on the conclusion (迟报, 漏报). */
export const softenableVetoIds = ['lateReport', 'omission'] as const;
export type VetoId = (typeof vetoIds)[number];
