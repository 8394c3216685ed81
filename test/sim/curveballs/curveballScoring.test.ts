// A curveball counts in the score like a scenario incident: the players must report it to the county in time,
// and a known one never reported is concealment (瞒报), which vetoes the drill.
import { describe, expect, it } from 'vitest';
import { runDrill } from '../../../src/cli/runDrill.ts';
import type { TimedOrder } from '../../../src/sim/index.ts';
import { noResponseBaseline, scoreDrill } from '../../../src/sim/index.ts';
import { scenarioDrill } from '../../support/demoDrill.ts';

const drill = () => scenarioDrill('scenarios/demo-elder-home-fire.json');
const crash: TimedOrder = { atS: 60, order: { type: 'addIncident', by: 'facilitator', template: 'road-crash', at: { xM: 3500, yM: 4100 } } };
const elements = { unit: '货车与面包车', occurredAtS: 60, place: '鹰嘴弯附近', scene: '两车相撞', factor: 'collision' as const,
  course: '货车与面包车相撞', casualties: { deaths: 0, injured: 5, missing: 0 }, estimatedLossYuan: 300000, measures: '救治伤员、管制交通' };
const report = (atS: number, by: string, incident: string): TimedOrder => ({ atS, order: { type: 'fileReport', by, kind: 'initial', incident, elements } });

function scored(orders: TimedOrder[]) {
  const record = runDrill({ drill: drill(), seed: drill().scenario.seed, orders, untilS: drill().scenario.durationS }).sim.record();
  return scoreDrill({ drill: drill(), record, rubric: drill().rubric });
}

describe('scoring a drill with a curveball', () => {
  it('weighs the toll against a no-response run that has the same curveball: doing nothing more is no worse than doing nothing', () => {
    const record = runDrill({ drill: drill(), seed: drill().scenario.seed, orders: [crash], untilS: drill().scenario.durationS }).sim.record();
    const baseline = noResponseBaseline(drill(), record);
    expect(baseline.events.some((e) => e.type === 'incident.started' && e.incident === 'curveball-1')).toBe(true);
    expect(baseline.events).toEqual(record.events);
    const score = scoreDrill({ drill: drill(), record, rubric: drill().rubric, baseline });
    expect(score.capabilities.flatMap((c) => c.items).find((i) => i.measure === 'livesSaved')?.earned).toBe(0);
  });

  it('finds an unreported curveball concealed (瞒报) once the deadline has passed', () => {
    const score = scored([crash, report(600, 'yingjiban', 'elder-home-fire'), report(900, 'command-post', 'elder-home-fire')]);
    expect(score.vetoes).toContainEqual(expect.objectContaining({ veto: 'concealment', incident: 'curveball-1' }));
    expect(score.conclusion).toBe('fail');
  });

  it('clears the concealment when the curveball is reported to the county, and judges the report against its truth', () => {
    const score = scored([crash, report(400, 'jiaojing', 'curveball-1'), report(600, 'yingjiban', 'elder-home-fire'),
      report(900, 'command-post', 'elder-home-fire'), report(1200, 'command-post', 'curveball-1')]);
    expect(score.vetoes.some((v) => v.veto === 'concealment' && v.incident === 'curveball-1')).toBe(false);
    expect(score.findings.some((f) => f.code === 'report.concealed' && f.params.incident === 'curveball-1')).toBe(false);
    expect(score.findings.some((f) => f.code === 'report.untrue' && f.params.incident === 'curveball-1' && f.params.team === 'jiaojing')).toBe(true);
  });
});
