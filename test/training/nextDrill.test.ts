// The next suggested micro-drill: the trainee's own role first, then what they failed, then what they passed only with
// hints, then another role's — each time a drill with a factor not yet trained before one without.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { progressByDrill } from '../../src/training/drillProgress.ts';
import type { MicroDrill } from '../../src/training/nextDrill.ts';
import { microDrillOf, nextDrill, roleOfLatest } from '../../src/training/nextDrill.ts';
import type { TrainingAttempt } from '../../src/training/trainingAttempt.ts';
import { parseScenario } from '../../src/sim/index.ts';

const drills: MicroDrill[] = [
  { id: 'reporter-fire', role: 'informationReporter', team: 'shangling', factors: ['fire'] },
  { id: 'reporter-co', role: 'informationReporter', team: 'beishan', factors: ['poisoning'] },
  { id: 'reporter-seepage', role: 'informationReporter', team: 'hetan', factors: ['flood'] },
  { id: 'reporter-fire-again', role: 'informationReporter', team: 'xicun', factors: ['fire'] },
  { id: 'militia-flood', role: 'militiaLeader', team: 'liuwan', factors: ['flood'] },
  { id: 'militia-crowd', role: 'militiaLeader', team: 'dongcun', factors: ['crowd'] },
];

let minute = 0;
function attempt(scenarioId: string, scorePercent: number, passed: boolean, mode: 'coached' | 'test' = 'test'): TrainingAttempt {
  minute += 1;
  return { scenarioId, role: 'x', scorePercent, passed, mode, finishedAtIso: new Date(Date.UTC(2026, 11, 7, 9, minute)).toISOString(), record: {} };
}
const suggest = (attempts: TrainingAttempt[], role: MicroDrill['role'] | null = 'informationReporter') => nextDrill(drills, progressByDrill(attempts), role);

describe('the next suggested micro-drill', () => {
  it('suggests the first drill of the trainee’s role before anything has been done', () => {
    expect(suggest([])).toEqual({ scenarioId: 'reporter-fire', reason: 'notDone', newFactors: ['fire'] });
    expect(suggest([], 'militiaLeader')).toMatchObject({ scenarioId: 'militia-flood', reason: 'notDone' });
  });

  it('prefers a drill of the trainee’s role not yet done that trains a factor they have not trained', () => {
    const next = suggest([attempt('reporter-fire', 90, true)]);
    expect(next).toEqual({ scenarioId: 'reporter-co', reason: 'notDone', newFactors: ['poisoning'] });
    const afterTwo = suggest([attempt('reporter-fire', 90, true), attempt('reporter-co', 80, true), attempt('reporter-seepage', 70, true)]);
    expect(afterTwo).toEqual({ scenarioId: 'reporter-fire-again', reason: 'notDone', newFactors: [] });
  });

  it('suggests a failed drill again once every drill of the role has been tried', () => {
    const attempts = [attempt('reporter-fire', 90, true), attempt('reporter-co', 40, false), attempt('reporter-seepage', 75, true), attempt('reporter-fire-again', 80, true)];
    expect(suggest(attempts)).toEqual({ scenarioId: 'reporter-co', reason: 'failed', newFactors: [] });
  });

  it('asks for a drill passed only with hints to be run again as a test, after the failed ones', () => {
    const attempts = [attempt('reporter-fire', 90, true, 'coached'), attempt('reporter-co', 40, false), attempt('reporter-seepage', 75, true), attempt('reporter-fire-again', 80, true)];
    expect(suggest(attempts)).toMatchObject({ scenarioId: 'reporter-co', reason: 'failed' });
    const passedLater = [...attempts, attempt('reporter-co', 85, true)];
    expect(suggest(passedLater)).toEqual({ scenarioId: 'reporter-fire', reason: 'retestWithoutHints', newFactors: [] });
  });

  it('counts a drill failed in a test but passed earlier with hints as one to re-run without hints, not as failed', () => {
    const attempts = [attempt('reporter-fire', 85, true, 'coached'), attempt('reporter-fire', 50, false, 'test')];
    const [progress] = progressByDrill(attempts);
    expect(progress).toMatchObject({ attemptCount: 2, bestPercent: 85, lastPercent: 50, lastPassed: false, passedCoached: true, passedInTest: false });
    const rest = ['reporter-co', 'reporter-seepage', 'reporter-fire-again'].map((id) => attempt(id, 90, true));
    expect(suggest([...attempts, ...rest])).toEqual({ scenarioId: 'reporter-fire', reason: 'retestWithoutHints', newFactors: [] });
  });

  it('moves on to another role’s drill with a factor not yet trained once the trainee’s role is passed in tests', () => {
    const attempts = ['reporter-fire', 'reporter-co', 'reporter-seepage', 'reporter-fire-again'].map((id) => attempt(id, 90, true));
    expect(suggest(attempts)).toEqual({ scenarioId: 'militia-crowd', reason: 'otherRole', newFactors: ['crowd'] });
  });

  it('suggests nothing once every micro-drill has been passed without hints', () => {
    expect(suggest(drills.map((d) => attempt(d.id, 88, true)))).toBeNull();
  });

  it('takes the trainee’s role from the drill of their latest attempt', () => {
    expect(roleOfLatest(drills, null)).toBeNull();
    expect(roleOfLatest(drills, { scenarioId: 'militia-crowd' })).toBe('militiaLeader');
    expect(roleOfLatest(drills, { scenarioId: 'gone' })).toBeNull();
  });

  it('reads every micro-drill of scenarios/training with its role and at least one factor, and a hall scenario as none', () => {
    const folder = 'scenarios/training';
    const files = readdirSync(folder).filter((f) => f.endsWith('.json'));
    const read = files.map((f) => { const parsed = parseScenario(`${folder}/${f}`, readFileSync(`${folder}/${f}`, 'utf8')); return parsed.ok ? microDrillOf(parsed.value) : null; });
    expect(read.every((d) => d !== null && d.factors.length > 0)).toBe(true);
    expect(new Set(read.flatMap((d) => d!.factors)).size).toBe(8);
    const hall = parseScenario('scenarios/demo-river-flood.json', readFileSync('scenarios/demo-river-flood.json', 'utf8'));
    expect(hall.ok && microDrillOf(hall.value)).toBeNull();
  });
});
