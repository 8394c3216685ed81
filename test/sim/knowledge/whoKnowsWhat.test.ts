import { describe, expect, it } from 'vitest';
import type { Drill, SimEvent, Simulation } from '../../../src/sim/index.ts';
import { createSimulation } from '../../../src/sim/index.ts';
import { runDrill } from '../../../src/cli/runDrill.ts';
import { scenarioDrill } from '../../support/demoDrill.ts';
import { planOrders } from '../../support/demoPlan.ts';
import { give, refuse } from '../../support/tinySimulation.ts';

const fire = 'xiling-grass-fire';
const fireDrill = () => scenarioDrill('scenarios/demo-xiling-grassland-fire.json');

function knowledgeOf(sim: Simulation, team: string, incident: string) {
  return sim.snapshot().knowledge[team]?.[incident];
}

function gained(events: readonly SimEvent[], team: string, incident: string) {
  return events.filter((e): e is Extract<SimEvent, { type: 'knowledge.gained' }> => e.type === 'knowledge.gained' && e.team === team && e.incident === incident);
}

function planRun(drill: Drill, plan: string, untilS: number) {
  const run = runDrill({ drill, seed: drill.scenario.seed, orders: planOrders(plan), untilS });
  return { sim: run.sim, events: run.log.flatMap((l) => (l.kind === 'event' ? [l.event] : [])) };
}

describe('who knows what', () => {
  it('the command post does not know the fire until 林草站 reports it', () => {
    const plan = 'scenarios/plans/demo-xiling-grassland-fire.json';
    expect(knowledgeOf(planRun(fireDrill(), plan, 269).sim, 'command-post', fire)).toBeUndefined();
    const { sim, events } = planRun(fireDrill(), plan, 270);
    expect(knowledgeOf(sim, 'command-post', fire)).toMatchObject({ sinceS: 270, via: 'report', from: 'linchaozhan', casualties: { deaths: 0, injured: 0, missing: 0 } });
    expect(gained(events, 'command-post', fire)[0]).toMatchObject({ timeS: 270, via: 'report', from: 'linchaozhan' });
  });

  it('an inject the facilitator fires early tells its addressee of the incident at once, and nobody else', () => {
    const sim = createSimulation(fireDrill());
    sim.advance(30);
    const events = give(sim, { type: 'fireInject', by: 'facilitator', inject: 'villagers-see-fire' });
    expect(gained(events, 'shangling', fire)[0]).toMatchObject({ timeS: 30, via: 'inject' });
    expect(knowledgeOf(sim, 'shangling', fire)).toMatchObject({ sinceS: 30, via: 'inject' });
    expect(knowledgeOf(sim, 'command-post', fire)).toBeUndefined();
  });

  it('an inject fired before its incident begins tells its addressee the moment it begins', () => {
    const base = fireDrill();
    const later: Drill = { ...base, scenario: { ...base.scenario, incidents: base.scenario.incidents.map((i) => ({ ...i, start: { atS: 600 } })) } };
    const sim = createSimulation(later);
    sim.advance(30);
    give(sim, { type: 'fireInject', by: 'facilitator', inject: 'villagers-see-fire' });
    expect(knowledgeOf(sim, 'shangling', fire)).toBeUndefined();
    const events = sim.advance(600);
    expect(gained(events, 'shangling', fire)[0]).toMatchObject({ timeS: 600, via: 'inject' });
  });

  it('the command post knows the river flood from the red rainstorm warning it is sent as the flood begins, and the county does not', () => {
    const sim = createSimulation(scenarioDrill('scenarios/demo-river-flood.json'));
    const events = sim.advance(1);
    expect(gained(events, 'command-post', 'qingshui-flood')[0]).toMatchObject({ timeS: 0, via: 'inject', from: null });
    expect(knowledgeOf(sim, 'command-post', 'qingshui-flood')).toMatchObject({ sinceS: 0, via: 'inject' });
    expect(knowledgeOf(sim, 'county', 'qingshui-flood')).toBeUndefined();
  });

  it('a village sees smoke from 3 km but a gas leak only on the spot', () => {
    const sim = createSimulation(fireDrill());
    sim.advance(290);
    expect(knowledgeOf(sim, 'beishan', fire)).toBeUndefined();
    const events = sim.advance(60);
    expect(gained(events, 'beishan', fire)[0]).toMatchObject({ via: 'sight', from: null, phase: 'spreading', casualties: null });

    const leak = createSimulation(scenarioDrill('scenarios/demo-market-gas-leak.json'));
    leak.advance(400);
    for (const team of ['hetan', 'shichangjianguan', 'zhujian']) expect(knowledgeOf(leak, team, 'market-lpg-leak')).toBeUndefined();
    const market = leak.world.objects.get('market')!.at;
    give(leak, { type: 'dispatchUnit', by: 'hetan', unit: 'hetan-cadres', to: { xM: market.xM, yM: market.yM } });
    leak.advance(1800);
    expect(knowledgeOf(leak, 'hetan', 'market-lpg-leak')).toMatchObject({ via: 'sight' });
  });

  it('an understated report is what the command post knows', () => {
    const drill = scenarioDrill('scenarios/demo-s215-bus-crash.json');
    const sim = createSimulation(drill);
    sim.advance(130);
    give(sim, { type: 'fileReport', by: 'jiaojing', kind: 'initial', incident: 's215-bus-crash', elements: { place: 'S215', casualties: { deaths: 0, injured: 2, missing: 0 }, estimatedLossYuan: 10_000 } });
    const truth = sim.snapshot().incidents.find((i) => i.id === 's215-bus-crash')!.casualties;
    expect(truth.deadCount + truth.injuredCount).toBeGreaterThan(2);
    expect(knowledgeOf(sim, 'command-post', 's215-bus-crash')).toMatchObject({ via: 'report', from: 'jiaojing', casualties: { deaths: 0, injured: 2, missing: 0 }, lossYuan: 10_000 });
  });

  it('an order naming an unknown incident is refused', () => {
    const sim = createSimulation(fireDrill());
    sim.advance(100);
    const refusal = refuse(sim, { type: 'dispatchUnit', by: 'command-post', unit: 'yjb-team', to: { incident: fire } });
    expect(refusal.reason).toBe('incident-not-known');
    expect(refusal.message.zh).toContain('西岭');
    expect(refuse(sim, { type: 'actOnIncident', by: 'command-post', incident: fire, action: 'cutFirebreak', unit: 'xicun-militia' }).reason).toBe('incident-not-known');
    expect(refuse(sim, { type: 'relayInformation', by: 'shangling', to: 'command-post', incident: fire }).reason).toBe('incident-not-known');
    expect(refuse(sim, { type: 'fileReport', by: 'xicun', kind: 'initial', incident: fire, elements: {} }).reason).toBe('incident-not-known');
  });

  it('the county sends support on what it was told', () => {
    const sim = createSimulation(fireDrill());
    sim.advance(250);
    give(sim, { type: 'fileReport', by: 'linchaozhan', kind: 'initial', incident: fire, elements: { place: '西岭' } });
    expect(refuse(sim, { type: 'requestCountySupport', by: 'command-post', force: 'fireRescue', to: { incident: fire } }).reason).toBe('county-not-told');
    give(sim, { type: 'relayInformation', by: 'command-post', to: 'county', incident: fire, channel: 'phone', casualties: { deaths: 0, injured: 1, missing: 0 } });
    sim.advance(59);
    expect(refuse(sim, { type: 'requestCountySupport', by: 'command-post', force: 'fireRescue', to: { incident: fire } }).reason).toBe('county-not-told');
    sim.advance(1);
    expect(knowledgeOf(sim, 'county', fire)).toMatchObject({ via: 'call', from: 'command-post', casualties: { deaths: 0, injured: 1, missing: 0 } });
    expect(give(sim, { type: 'requestCountySupport', by: 'command-post', force: 'fireRescue', to: { incident: fire } })[0]).toMatchObject({ type: 'county.requested' });
  });
});

describe('a call', () => {
  it('by radio arrives within the scenario\'s radio delay, the same on the same seed', () => {
    const arrival = () => {
      const sim = createSimulation(fireDrill());
      sim.advance(250);
      give(sim, { type: 'relayInformation', by: 'linchaozhan', to: 'shangling', incident: fire, channel: 'radio' });
      const events = sim.advance(130);
      return gained(events, 'shangling', fire).find((e) => e.via === 'call')?.timeS;
    };
    const first = arrival();
    expect(first).toBeGreaterThanOrEqual(250);
    expect(first).toBeLessThanOrEqual(370);
    expect(arrival()).toBe(first);
  });

  it('to an unknown team or to oneself is refused', () => {
    const sim = createSimulation(fireDrill());
    sim.advance(250);
    expect(refuse(sim, { type: 'relayInformation', by: 'linchaozhan', to: 'nowhere', incident: fire }).reason).toBe('unknown-team');
    expect(refuse(sim, { type: 'relayInformation', by: 'linchaozhan', to: 'linchaozhan', incident: fire }).reason).toBe('call-to-self');
  });
});
