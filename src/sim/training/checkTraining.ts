// Checks a micro-drill's training block against the drill: the trained team exists, decision points fall in the drill.
import type { ContentProblem } from '../scenario/contentError.ts';
import type { Scenario } from '../scenario/scenarioSchema.ts';

export function checkTraining(file: string, scenario: Scenario, teams: ReadonlySet<string>): ContentProblem[] {
  const training = scenario.training;
  if (!training) return [];
  const problems: ContentProblem[] = [];
  if (!teams.has(training.team)) problems.push({ file, path: 'training.team', problem: `no team "${training.team}": use command-post, a station, a village or a facility with units` });
  const seen = new Set<string>();
  training.decisionPoints.forEach((point, i) => {
    if (seen.has(point.id)) problems.push({ file, path: `training.decisionPoints.${i}.id`, problem: `the decision point id "${point.id}" is used twice` });
    seen.add(point.id);
    if (point.atS > scenario.durationS) problems.push({ file, path: `training.decisionPoints.${i}.atS`, problem: `comes after the drill ends (${scenario.durationS} s)` });
  });
  return problems;
}
