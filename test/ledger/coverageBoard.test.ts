import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/cli/readContentFiles.ts';
import type { RehearsalDone } from '../../src/ledger/coverageBoard.ts';
import { coverageBoard } from '../../src/ledger/coverageBoard.ts';
import { loadPlanContent } from '../../src/ledger/planContent.ts';
import { scenarioCoverage } from '../../src/ledger/scenarioCoverage.ts';
import { parseScenario } from '../../src/sim/index.ts';
import { demoLedger } from '../support/demoLedger.ts';

function board(rehearsals: RehearsalDone[], today = '2026-12-07') {
  const content = loadPlanContent(readContentFiles, 2026);
  if (!content.ok) throw new Error(JSON.stringify(content.problems));
  const scenarios = readdirSync('scenarios').filter((f) => /^demo-.*\.json$/.test(f)).flatMap((f) => {
    const parsed = parseScenario(f, readContentFiles(`scenarios/${f}`)!);
    return parsed.ok ? [scenarioCoverage(parsed.value)] : [];
  });
  return coverageBoard({ map: demoLedger().map, items: demoLedger().ledger.items, ...content.value, scenarios, rehearsals, today });
}

const cell = (b: ReturnType<typeof board>, target: string, factor: string) => b.rows.find((r) => r.target === target)?.cells.find((c) => c.factor === factor);

describe('the coverage board', () => {
  it('shows flood due in Hetan by the plan and its open hazard, suggesting the transfer drill', () => {
    const hetan = cell(board([]), 'hetan', 'flood');
    expect(hetan?.lastDrill).toBeNull();
    expect(hetan?.due).toEqual([{ kind: 'plan', month: 5 }, { kind: 'hazard' }]);
    expect(hetan?.suggested).toBe('demo-flood-transfer');
  });

  it('after the drill is run, shows it as the last drill and no longer due', () => {
    const b = board([{ scenarioId: 'demo-flood-transfer', finishedAt: '2026-12-07T09:00:00.000Z', conclusion: 'pass', vetoed: false }]);
    const hetan = cell(b, 'hetan', 'flood');
    expect(hetan?.lastDrill).toEqual({ scenarioId: 'demo-flood-transfer', on: '2026-12-07', conclusion: 'pass', vetoed: false });
    expect(hetan?.due).toEqual([]);
    expect(b.plan.done).toBe(1);
  });

  it('credits a drill built from a ledger item to the hazard’s place, not to where the template’s incident was', () => {
    const fire = (target: string, rehearsals: RehearsalDone[]) => cell(board(rehearsals), target, 'fire');
    const scenic = (rehearsals: RehearsalDone[]) => fire('qinglong-scenic', rehearsals);
    expect(scenic([])?.due).toContainEqual({ kind: 'hazard' });
    const placed: RehearsalDone = { scenarioId: 'demo-xiling-grassland-fire', finishedAt: '2026-12-07T09:00:00.000Z', conclusion: 'pass', vetoed: false, placedAt: { incident: 'xiling-grass-fire', place: 'qinglong-scenic' } };
    expect(scenic([placed])?.lastDrill).toMatchObject({ scenarioId: 'demo-xiling-grassland-fire', on: '2026-12-07' });
    expect(scenic([placed])?.due).toEqual([]);
    expect(fire('shangling', [placed])?.lastDrill).toBeNull();
    expect(fire('shangling', [{ ...placed, placedAt: undefined }])?.lastDrill).not.toBeNull();
  });

  it('prompts the flood season in May and the heating season in December', () => {
    expect(board([], '2026-05-10').prompts.map((p) => p.season)).toContain('flood-season');
    expect(board([], '2026-12-07').prompts.map((p) => p.season)).toContain('heating-season');
  });

  it('marks a major hazard past its deadline as a one-vote veto item, and a vetoed drill too', () => {
    expect(cell(board([]), 'elder-home', 'fire')?.veto).toBe(true);
    const vetoed = board([{ scenarioId: 'demo-temple-fair-crush', finishedAt: '2026-12-01T09:00:00.000Z', conclusion: 'fail', vetoed: true }]);
    expect(cell(vetoed, 'miaohui-square', 'crowd')?.veto).toBe(true);
  });

  it('counts open hazards per inspection domain, all nine of them', () => {
    const domains = board([]).domains;
    expect(domains).toHaveLength(9);
    expect(domains.find((d) => d.domain === 'gas')).toEqual({ domain: 'gas', openCount: 3, majorOpenCount: 2 });
  });
});
