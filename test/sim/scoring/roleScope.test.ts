import { referencePlanOnDisk } from '../../../src/cli/scoreRun.ts';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../../src/cli/readContentFiles.ts';
import { RubricSchema, teamsBesideRole, createDoctrinePlayer, playWithDoctrine, createSimulation, scoreDrill } from '../../../src/sim/index.ts';
import { scenarioDrill } from '../../support/demoDrill.ts';
import { doctrineFor } from '../../support/doctrineRun.ts';

const path = 'scenarios/training/reporter-grass-fire-shangling.json';

/** The micro-drill with the trainee's plan, and the doctrine playing only the villages: the command post never reports
 *  to the county, and the forestry station, the police and the clinic never turn out. */
function withTheTownshipAsleep() {
  const drill = scenarioDrill(path);
  const sim = createSimulation(drill, drill.scenario.seed);
  const player = createDoctrinePlayer(drill, doctrineFor(path), { teams: ['xicun', 'beishan'], seed: drill.scenario.seed });
  playWithDoctrine(sim, player, drill.scenario.durationS, referencePlanOnDisk(drill)!);
  return { drill, record: sim.record() };
}

describe('a role rubric', () => {
  it('never vetoes the Shangling reporter for what the command post, the forestry station, the police and the clinic left undone, where the township’s score sheet fails the same drill', () => {
    const { drill, record } = withTheTownshipAsleep();
    const township = RubricSchema.parse(JSON.parse(readContentFiles('scenarios/rubrics/default.json')!));
    const asTownship = scoreDrill({ drill, record, rubric: township });
    expect(asTownship.vetoes.length).toBeGreaterThan(0);
    const asRole = scoreDrill({ drill, record, rubric: drill.rubric, role: 'shangling' });
    expect(asRole.vetoes).toEqual([]);
    expect(asRole.conclusion).not.toBe('fail');
  });

  it('does not credit the trainee with another team’s report: a neighbouring village reporting the fire leaves the village’s own report missing', () => {
    const drill = scenarioDrill(path);
    const sim = createSimulation(drill, drill.scenario.seed);
    playWithDoctrine(sim, createDoctrinePlayer(drill, doctrineFor(path), { teams: teamsBesideRole(drill, 'shangling'), seed: drill.scenario.seed }), drill.scenario.durationS);
    const record = sim.record();
    expect(record.orders.some((o) => o.rejected === null && o.order.by !== 'command-post' && o.order.type === 'fileReport')).toBe(true);
    const score = scoreDrill({ drill, record, rubric: drill.rubric, role: 'shangling' });
    expect(score.capabilities.flatMap((c) => c.items).find((i) => i.id === 'report-on-time')!.earned).toBe(0);
    expect(score.vetoes.map((v) => v.veto)).toEqual(['concealment']);
  });

  it('refuses a township measure in a role rubric, naming the measures it may use', () => {
    const rubric = JSON.parse(readContentFiles('scenarios/training/rubrics/reporter-grass-fire-shangling.json')!) as { capabilities: { items: { measure: string }[] }[] };
    rubric.capabilities[0]!.items.push({ id: 'lives', nameZh: '减少伤亡', nameEn: 'lives saved', measure: 'livesSaved', points: 10 } as never);
    const parsed = RubricSchema.safeParse(rubric);
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues)).toContain('may measure only roleDuty');
  });
});
