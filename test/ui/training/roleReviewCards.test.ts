import { describe, expect, it } from 'vitest';
import { roleReview } from '../../../src/ui/training/roleReviewCards.ts';
import { microDrillIds, microDrillRun } from '../../support/microDrillRun.ts';

describe("the review on the phone shows the role's score, what went well and what to do differently, each with its rule", () => {
  it('puts every duty of a run by the reference plan under what went well, each with the rule behind it', () => {
    const run = microDrillRun('cadre-grass-fire-elderly-shangling', 'plan');
    const review = roleReview(run.sim.world, run.score, 'shangling', 'zh');
    expect(review.who).toBe('村干部 · 上岭村');
    expect(review.passed).toBe(true);
    expect(review.verdict).toBe('合格');
    expect(review.score).toBe(`${run.score.total} 分`);
    expect(review.differently).toEqual([]);
    expect(review.well.map((n) => n.verdict)).toEqual([expect.stringMatching(/^下达全村转移令：第\d+分钟完成/), expect.stringMatching(/^逐户敲门/)]);
    expect(review.well.map((n) => n.rule)).toEqual(['依据：险情到来之前转移，应转尽转', '依据：独居老人、留守儿童优先转移，一对一包保']);
  });

  it('puts every duty of a run with no orders under what to do differently, and says it failed, in English too', () => {
    const run = microDrillRun('cadre-grass-fire-elderly-shangling', 'idle');
    const review = roleReview(run.sim.world, run.score, 'shangling', 'en');
    expect(review.passed).toBe(false);
    expect(review.verdict).toBe('Failed');
    expect(review.well).toEqual([]);
    expect(review.differently.map((n) => n.verdict)).toEqual([expect.stringMatching(/^order the village moved: not done/), expect.stringMatching(/^door to door/)]);
    expect(review.differently.every((n) => n.rule.startsWith('The rule: '))).toBe(true);
  });

  it('names no team or incident by its id in any micro-drill’s review', () => {
    for (const id of microDrillIds()) {
      const run = microDrillRun(id, 'idle');
      const team = run.sim.world.drill.scenario.training!.team;
      const review = roleReview(run.sim.world, run.score, team, 'en');
      const text = [review.who, review.score, ...review.vetoes, ...[...review.well, ...review.differently].flatMap((n) => [n.verdict, ...n.details, n.rule])].join('\n');
      // Duties are named from the rubric's own words (a duty id such as door-to-door is plain English there).
      const ids = [team, ...run.sim.world.drill.scenario.incidents.map((i) => i.id)];
      for (const name of ids) expect(text, `${id}: ${name}`).not.toMatch(new RegExp(`(^|[^\\w-])${name}([^\\w-]|$)`));
    }
  });
});
