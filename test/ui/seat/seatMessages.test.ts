import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../../src/sim/index.ts';
import { incomingMessages, messageText } from '../../../src/ui/seat/seatMessages.ts';
import { scenarioDrill } from '../../support/demoDrill.ts';

describe("a seat's messages read as people say them", () => {
  it("tells the command post of a village's call by the village's and the fire's names, in both languages", () => {
    const sim = createSimulation(scenarioDrill('scenarios/demo-xiling-grassland-fire.json'));
    sim.advance(300);
    expect(sim.dispatch({ type: 'relayInformation', by: 'shangling', to: 'command-post', incident: 'xiling-grass-fire', channel: 'phone' }).ok).toBe(true);
    sim.advance(120);
    const view = sim.viewOf('command-post');
    const call = incomingMessages(view).find((m) => m.kind === 'call')!;
    expect(messageText(sim.world, call, 'zh')).toBe('上岭村（电话）通报：西岭草场火灾');
    expect(messageText(sim.world, call, 'en')).not.toMatch(/shangling|xiling-grass-fire/);
    expect(incomingMessages(sim.viewOf('shangling')).some((m) => m.kind === 'call')).toBe(false);
  });

  it("shows an inject's own words once it has reached the team, never before", () => {
    const sim = createSimulation(scenarioDrill('scenarios/demo-xiling-grassland-fire.json'));
    sim.advance(590);
    expect(incomingMessages(sim.viewOf('shangling')).filter((m) => m.kind === 'inject')).toEqual([]);
    sim.advance(20);
    const inject = incomingMessages(sim.viewOf('shangling')).find((m) => m.kind === 'inject')!;
    expect(messageText(sim.world, inject, 'zh')).toBe(sim.world.drill.scenario.injects.find((i) => i.id === 'villagers-see-fire')!.messageZh);
  });
});
