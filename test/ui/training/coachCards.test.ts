import { describe, expect, it } from 'vitest';
import type { Order } from '../../../src/sim/index.ts';
import { createSimulation, orderFeedback } from '../../../src/sim/index.ts';
import { decisionCard, feedbackCard } from '../../../src/ui/training/coachCards.ts';
import { scenarioDrill } from '../../support/demoDrill.ts';

const drill = scenarioDrill('scenarios/training/reporter-grass-fire-shangling.json');
const point = drill.scenario.training!.decisionPoints[0]!;

/** The drill run to the first decision point, as the trainee's seat would have it. */
function atFirstPoint() {
  const sim = createSimulation(drill);
  sim.advance(point.atS);
  return sim;
}

describe('a decision point asks with the facts the role knows', () => {
  it('gives the facts, the question and, in a coached run, the hint', () => {
    const sim = atFirstPoint();
    const card = decisionCard(sim.world, point, sim.viewOf('shangling'), 'zh', 'coached');
    expect(card.title).toBe('决策时刻 · 13:24');
    expect(card.facts[0]).toBe(point.factsZh);
    expect(card.question).toBe('你先做什么？');
    expect(card.hint).toBe(`提示：${point.hintZh}`);
    expect(card.speech).toContain(point.hintZh);
  });

  it('leaves the hint out of a test run, on screen and read aloud', () => {
    const sim = atFirstPoint();
    const card = decisionCard(sim.world, point, sim.viewOf('shangling'), 'en', 'test');
    expect(card.hint).toBeNull();
    expect(card.speech).not.toContain(point.hintEn);
    expect(card.question).toBe('What do you do first?');
  });

  it("lists the incidents the team knows by name, from the team's own view, never one it does not know", () => {
    const sim = atFirstPoint();
    const shangling = decisionCard(sim.world, point, sim.viewOf('shangling'), 'en', 'coached');
    expect(shangling.facts.slice(1)).toEqual([expect.stringMatching(/^Xiling grassland fire \(fire\): known since 13:2\d; casualties/)]);
    const nanpo = decisionCard(sim.world, point, sim.viewOf('nanpo'), 'en', 'coached');
    expect(nanpo.facts.slice(1)).toEqual(['You know of no incident yet.']);
    expect(shangling.facts.join(' ')).not.toContain('xiling-grass-fire');
  });
});

describe('an order of the trainee gets immediate feedback in a coached run', () => {
  const call: Order = { type: 'relayInformation', by: 'shangling', to: 'command-post', incident: 'xiling-grass-fire', channel: 'phone' };

  function given(order: Order) {
    const sim = atFirstPoint();
    sim.advance(60);
    const atS = sim.timeS();
    const result = sim.dispatch(order);
    if (!result.ok) throw new Error(result.reason);
    return { sim, atS, events: result.events, feedback: orderFeedback(drill, sim.record(), 'shangling', order, atS) };
  }

  it('says what the call changed, that it was the duty done in time, and the rule behind it', () => {
    const { sim, atS, events, feedback } = given(call);
    const card = feedbackCard(sim.world, { atS, events, feedback }, 'en', 'coached')!;
    expect(card.duties[0]).toMatch(/^This order did it: .+, in time$/);
    expect(card.duties[1]).toBe('The rule: phone the township command post first, then file the written report');
    expect(card.changed.length).toBeGreaterThan(0);
    expect(card.changed.every((line) => line.startsWith('What happened: '))).toBe(true);
    expect([...card.changed, ...card.duties].join(' ')).not.toMatch(/command-post|xiling-grass-fire/);
  });

  it('tells an order that is none of the role’s duties to think again', () => {
    const warning: Order = { type: 'issueWarning', by: 'shangling', colour: 'blue', to: ['shangling'], message: '注意防火' };
    const { sim, atS, events, feedback } = given(warning);
    expect(feedbackCard(sim.world, { atS, events, feedback }, 'zh', 'coached')!.duties).toEqual(['这条指令不属于本岗位的职责要求，想一想本岗位此刻最该做什么']);
  });

  it('gives no feedback at all in a test run', () => {
    const { sim, atS, events, feedback } = given(call);
    expect(feedbackCard(sim.world, { atS, events, feedback }, 'zh', 'test')).toBeNull();
  });
});
