// The facilitator's addIncident order: who may give it, what it refuses, and what the players then see.
import { describe, expect, it } from 'vitest';
import { describeEvent } from '../../../src/i18n/describeEvent.ts';
import { namesWith } from '../../../src/i18n/names.ts';
import { refusalWords } from '../../../src/i18n/refusalText.ts';
import { createSimulation, parseOrder } from '../../../src/sim/index.ts';
import type { Simulation } from '../../../src/sim/index.ts';
import { scenarioDrill } from '../../support/demoDrill.ts';
import { tellEveryone } from '../../support/toldEveryone.ts';

const sim = (): Simulation => createSimulation(scenarioDrill('scenarios/demo-flood-transfer.json'));
const crash = { type: 'addIncident', by: 'facilitator', template: 'road-crash', at: { xM: 3500, yM: 4100 } };

function refusal(s: Simulation, order: object) {
  const result = s.dispatch(order);
  if (result.ok) throw new Error('the order was accepted');
  return { ...result, message: refusalWords(s.world, result) };
}

describe('adding a curveball incident', () => {
  it('is parsed like any other order', () => {
    expect(parseOrder(crash)).toMatchObject({ ok: true, order: crash });
    expect(parseOrder({ ...crash, at: { x: 'east' } })).toMatchObject({ ok: false, reason: 'invalid-order' });
  });

  it('is refused to a team, even the command post', () => {
    const s = sim();
    const refused = refusal(s, { ...crash, by: 'command-post' });
    expect(refused.reason).toBe('facilitator-adds-incidents');
    expect(refused.message.zh).toContain('导演组');
    expect(s.snapshot().incidents).toHaveLength(0);
  });

  it('refuses a template the township does not have', () => {
    const refused = refusal(sim(), { ...crash, template: 'meteor-strike' });
    expect(refused.reason).toBe('unknown-curveball');
    expect(refused.message.en).toContain('meteor-strike');
  });

  it('refuses a point off the map', () => {
    expect(refusal(sim(), { ...crash, at: { xM: 10_500, yM: 100 } }).reason).toBe('target-off-map');
    expect(refusal(sim(), { ...crash, at: { xM: -1, yM: 100 } }).reason).toBe('target-off-map');
  });

  it('refuses a crash with no road within 150 m of the click, saying so in both languages', () => {
    const refused = refusal(sim(), { ...crash, at: { xM: 8000, yM: 7500 } });
    expect(refused.reason).toBe('nothing-to-place-on');
    expect(refused.message.zh).toContain('150米范围内没有道路');
    expect(refused.message.en).toContain('no road within 150 m');
  });

  it('refuses a grass fire on the river and a flood far from the embankment', () => {
    expect(refusal(sim(), { ...crash, template: 'grass-fire', at: { xM: 3000, yM: 6550 } }).reason).toBe('wrong-ground');
    expect(refusal(sim(), { ...crash, template: 'dike-piping', at: { xM: 5000, yM: 1000 } }).message.en).toContain('no embankment within 300 m');
  });

  it('gives each curveball a fresh id and tells the feed where the facilitator set it', () => {
    const s = sim();
    const first = s.dispatch(crash);
    s.advance(30);
    const second = s.dispatch({ ...crash, template: 'building-fire', at: { xM: 4900, yM: 4400 } });
    expect(first.ok && second.ok).toBe(true);
    expect(s.snapshot().incidents.map((i) => i.id)).toEqual(['curveball-1', 'curveball-2']);
    const names = namesWith(s.world, s.snapshot().curveballs);
    const added = s.record().events.find((e) => e.type === 'incident.added')!;
    expect(describeEvent(names, added, 'zh')).toBe('导演组在坐标(3.5, 4.1)公里处设置突发情况：货车与面包车相撞');
    const fire = s.record().events.filter((e) => e.type === 'incident.added')[1]!;
    expect(describeEvent(names, fire, 'en')).toBe('the facilitator sets a curveball at Township bus station (school-bus depot): fire in a building');
    const started = s.record().events.find((e) => e.type === 'incident.started' && e.incident === 'curveball-2')!;
    expect(describeEvent(names, started, 'en')).toBe('fire in a building has begun');
  });

  it('reaches the players who discover it after the template’s delay', () => {
    const s = sim();
    s.dispatch(crash);
    s.advance(179);
    expect(s.snapshot().incidents[0]!.discoveredS).toBeNull();
    const events = s.advance(1);
    expect(events).toContainEqual(expect.objectContaining({ type: 'incident.discovered', incident: 'curveball-1', by: 'jiaojing' }));
  });

  it('can be sent a unit like any scenario incident', () => {
    const s = sim();
    s.dispatch(crash);
    tellEveryone(s, 'curveball-1');
    const result = s.dispatch({ type: 'dispatchUnit', by: 'command-post', unit: s.world.drill.roster.units.find((u) => u.owner === 'jiaojing')!.id, to: { incident: 'curveball-1' } });
    expect(result.ok).toBe(true);
  });
});

describe('a crowd added as a curveball', () => {
  it('is refused once the drill’s crowds together would be too heavy to run, saying so in both languages', () => {
    const s = sim();
    const crowd = { type: 'addIncident', by: 'facilitator', template: 'crowd-crush', at: { xM: 6700, yM: 3350 } };
    // Each costs 3,000 agents at a 0.05 s step: three fit the budget of 200,000 agent-steps a second, a fourth does not.
    for (let n = 0; n < 3; n++) expect(s.dispatch(crowd).ok).toBe(true);
    const refused = refusal(s, crowd);
    expect(refused.reason).toBe('curveball-over-budget');
    expect(refused.message.zh).toContain('240000');
    expect(refused.message.en).toContain('at most 200000');
    expect(s.snapshot().incidents.filter((i) => i.factor === 'crowd')).toHaveLength(3);
  });
});
