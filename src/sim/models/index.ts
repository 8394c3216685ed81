// The hazard model library: pure SI-unit models for the eight disaster factors, re-exported from one place.
export * from './accidentGrade';
export * from './blast';
export * from './crowd';
export * from './fireGrowth';
export * from './flood';
export * from './grassFire';
export * from './heat';
export * from './normalCdf';
export * from './plume';
export * from './rangeGuards';
export * from './survival';
export * from './triage';
