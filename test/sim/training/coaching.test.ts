import { referencePlanOnDisk } from '../../../src/cli/scoreRun.ts';
import { describe, expect, it } from 'vitest';
import { orderFeedbackLines } from '../../../src/i18n/training/roleReviewText.ts';
import type { TimedOrder } from '../../../src/sim/index.ts';
import { decisionPointsBetween, orderFeedback, playMicroDrill } from '../../../src/sim/index.ts';
import { scenarioDrill } from '../../support/demoDrill.ts';
import { doctrineFor } from '../../support/doctrineRun.ts';
import { typicalMistake } from '../../support/microDrillRun.ts';

const fire = 'scenarios/training/reporter-grass-fire-shangling.json';
const coal = 'scenarios/training/reporter-coal-stove-co-beishan.json';

/** The micro-drill played up to the moment of the last of `orders`, and the feedback on that order. */
function feedbackOnLast(path: string, role: string, orders: TimedOrder[]) {
  const drill = scenarioDrill(path);
  const last = orders[orders.length - 1]!;
  const run = playMicroDrill(drill, doctrineFor(path), { role, orders, untilS: last.atS });
  return { run, feedback: orderFeedback(drill, run.record, role, last.order, last.atS) };
}

describe('coaching in a micro-drill', () => {
  it('pauses at each decision point as the clock reaches it, and not again', () => {
    const drill = scenarioDrill(fire);
    expect(decisionPointsBetween(drill, 0, 239).map((p) => p.id)).toEqual([]);
    expect(decisionPointsBetween(drill, 0, 300).map((p) => p.id)).toEqual(['smoke-seen']);
    expect(decisionPointsBetween(drill, 240, 600).map((p) => p.id)).toEqual(['written-report']);
  });

  it('tells the reporter that the call to the command post was in time, and the rule behind it', () => {
    const plan = referencePlanOnDisk(scenarioDrill(fire))!;
    const { run, feedback } = feedbackOnLast(fire, 'shangling', plan.slice(0, 1));
    expect(feedback.map((f) => [f.item, f.rule, f.inTime])).toEqual([['called', 'callCommandPost', true]]);
    const lines = orderFeedbackLines(run.sim.world, feedback, 'en');
    expect(lines).toEqual(['This order did it: phone the township command post, in time', 'The rule: phone the township command post first, then file the written report']);
  });

  it('tells a reporter who called half an hour late that it came after the deadline', () => {
    const { run, feedback } = feedbackOnLast(coal, 'beishan', typicalMistake('reporter-coal-stove-co-beishan').orders.slice(0, 1));
    expect(feedback.map((f) => [f.item, f.inTime])).toEqual([['called-command-post', false]]);
    expect(orderFeedbackLines(run.sim.world, feedback, 'zh')[0]).toContain('超过了时限');
  });

  it('says so when an order is none of the role’s duties, and credits a duty only once', () => {
    const plan = referencePlanOnDisk(scenarioDrill(fire))!;
    const again: TimedOrder = { atS: 400, order: plan[0]!.order };
    const { run, feedback } = feedbackOnLast(fire, 'shangling', [plan[0]!, again]);
    expect(feedback).toEqual([]);
    expect(orderFeedbackLines(run.sim.world, feedback, 'en')).toEqual(['This order is none of the role’s duties: think what the role most needs to do now']);
  });
});
