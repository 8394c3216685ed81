// The feed tells a team that an incident is over in those words, when the team learns it — from a 续报 or a call.
import { describe, expect, it } from 'vitest';
import { describeEvent } from '../../src/i18n/describeEvent.ts';
import type { SimEvent } from '../../src/sim/index.ts';
import { createSimulation } from '../../src/sim/index.ts';
import { scenarioDrill } from '../support/demoDrill.ts';
import { give } from '../support/tinySimulation.ts';

const fire = 'xiling-grass-fire';

function villageReportsItOut(): SimEvent {
  const sim = createSimulation(scenarioDrill('scenarios/demo-xiling-grassland-fire.json'));
  sim.advance(600);
  give(sim, { type: 'fileReport', by: 'shangling', kind: 'initial', incident: fire, elements: { scene: '西岭草场起火' } });
  const events = give(sim, { type: 'fileReport', by: 'shangling', kind: 'followUp', incident: fire, elements: { scene: '明火已扑灭' }, phase: 'extinguished' });
  return events.find((e) => e.type === 'knowledge.gained' && e.team === 'command-post')!;
}

describe('the feed line of a team learning that an incident is over', () => {
  it('says the fire is over, how it ended and who said so, in Chinese and in English', () => {
    const learnt = villageReportsItOut();
    const world = createSimulation(scenarioDrill('scenarios/demo-xiling-grassland-fire.json')).world;
    expect(describeEvent(world, learnt, 'zh')).toMatch(/^乡应急指挥部获悉.+已结束：彻底熄灭（接到上岭村的报告）$/);
    expect(describeEvent(world, learnt, 'en')).toMatch(/^township command post learns .+ is over: extinguished \(reported by Shangling/);
  });

  it('stays the plain "knows of" line for a phase that is not the end', () => {
    const world = createSimulation(scenarioDrill('scenarios/demo-xiling-grassland-fire.json')).world;
    const going = { type: 'knowledge.gained', team: 'command-post', incident: fire, via: 'call', from: 'shangling', phase: 'spreading', casualties: null, lossYuan: null, timeS: 600 } as const;
    expect(describeEvent(world, going, 'zh')).toMatch(/^乡应急指挥部获悉.+（接到上岭村的来电）$/);
  });
});
