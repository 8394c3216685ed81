// A report that the incident is over is judged against the truth like any other figure: a 续报 that the fire is out
// while it burns is 谎报, whatever the receiver then believes; the same word once the fire is cold is no untruth.
import { describe, expect, it } from 'vitest';
import { runDrill } from '../../../src/cli/runDrill.ts';
import { findingProblem } from '../../../src/i18n/findingText.ts';
import type { TimedOrder } from '../../../src/sim/index.ts';
import { buildWorld, scoreDrill } from '../../../src/sim/index.ts';
import { scenarioDrill } from '../../support/demoDrill.ts';
import { planOrders } from '../../support/demoPlan.ts';

const fire = 'xiling-grass-fire';
const drill = () => scenarioDrill('scenarios/demo-xiling-grassland-fire.json');

/** The reference plan (the fire is cold at 3060 s) with one more 续报 to the county saying the fire is extinguished. */
function scoredWithOver(atS: number) {
  const d = drill();
  const over: TimedOrder = { atS, order: { type: 'fileReport', by: 'command-post', kind: 'followUp', incident: fire, elements: { scene: '西岭草场明火已扑灭' }, phase: 'extinguished' } };
  const orders = [...planOrders('scenarios/plans/demo-xiling-grassland-fire.json'), over].sort((a, b) => a.atS - b.atS);
  const { sim } = runDrill({ drill: d, seed: d.scenario.seed, orders, untilS: d.scenario.durationS });
  const baseline = runDrill({ drill: d, seed: d.scenario.seed, orders: [], untilS: d.scenario.durationS }).sim.record();
  return { sim, score: scoreDrill({ drill: d, record: sim.record(), rubric: d.rubric, baseline }) };
}

describe('a report that the incident is over', () => {
  it('is untrue (谎报) when the fire still burns, and says so beside the phase it was truly in', () => {
    const { score } = scoredWithOver(700);
    const finding = score.findings.find((f) => f.item === 'reportTruthful');
    expect(finding?.params.elements).toBe('phase');
    const world = buildWorld(drill());
    expect(findingProblem(world, 'zh', finding!)).toMatch(/谎报.*事件进展报彻底熄灭（实际(?!彻底熄灭)[^）]+）/);
    expect(findingProblem(world, 'en', finding!)).toMatch(/state of the incident extinguished \(truth: (?!extinguished)[^)]+\)/);
    expect(score.vetoes.map((v) => v.veto)).toContain('falseReport');
  });

  it('still tells the county the fire is out from the moment it was filed: the receiver knows what it was told', () => {
    const { sim } = scoredWithOver(700);
    expect(sim.viewOf('county').incidents.find((i) => i.id === fire)).toMatchObject({ ended: true, endedS: 700, phase: 'extinguished', toldBy: 'command-post' });
  });

  it('is no untruth once the fire is cold', () => {
    const { score } = scoredWithOver(3300);
    expect(score.findings.filter((f) => f.item === 'reportTruthful')).toEqual([]);
    expect(score.vetoes.map((v) => v.veto)).not.toContain('falseReport');
  });
});
