// What a scenario drills, for the coverage board: each incident's factor, place and villages at risk; and a
// kept rehearsal reduced to what the board needs (when, which drill, its result, whether it was vetoed).
import type { Drill } from '../sim/index.ts';
import type { Rehearsal } from '../rehearsals/rehearsalSchema.ts';
import type { RehearsalDone, ScenarioCoverage } from './coverageBoard.ts';

export function scenarioCoverage(scenario: Drill['scenario']): ScenarioCoverage {
  return {
    id: scenario.id, titleZh: scenario.titleZh, titleEn: scenario.titleEn,
    incidents: scenario.incidents.map((i) => ({ id: i.id, factor: i.factor, place: 'place' in i.at ? i.at.place : null, villagesAtRisk: 'villagesAtRisk' in i && Array.isArray(i.villagesAtRisk) ? (i.villagesAtRisk) : [] })),
  };
}

export function rehearsalDone(r: Rehearsal): RehearsalDone {
  const placed = r.record.placedAt;
  return { scenarioId: r.scenarioId, finishedAt: r.finishedAt, conclusion: r.summary.conclusion, vetoed: r.summary.vetoes.length > 0, ...(placed ? { placedAt: { incident: placed.incident, place: placed.place } } : {}) };
}
