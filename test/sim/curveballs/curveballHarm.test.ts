// Every curveball template of the demo township, placed by a click somewhere sensible and left alone, starts at
// once and does harm (dead, injured or missing) like the scenario incident of its factor would.
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../../src/sim/index.ts';
import { scenarioDrill } from '../../support/demoDrill.ts';

const cases = [
  { template: 'building-fire', at: { xM: 4900, yM: 4400 }, place: { place: 'bus-station' }, scenario: 'demo-flood-transfer', runS: 1800 },
  { template: 'grass-fire', at: { xM: 2250, yM: 1700 }, place: { xM: 2250, yM: 1700 }, scenario: 'demo-xiling-grassland-fire', runS: 7200 },
  { template: 'lpg-leak', at: { xM: 7180, yM: 4600 }, place: { place: 'lpg-station' }, scenario: 'demo-flood-transfer', runS: 3600 },
  { template: 'road-crash', at: { xM: 3500, yM: 4100 }, place: { xM: 3520, yM: 4060 }, scenario: 'demo-flood-transfer', runS: 1800 },
  { template: 'house-collapse', at: { xM: 8500, yM: 4200 }, place: { place: 'site-coldstore' }, scenario: 'demo-flood-transfer', runS: 3600 },
  { template: 'dike-piping', at: { xM: 5000, yM: 5850 }, place: null, scenario: 'demo-river-flood', runS: 10_800 },
  { template: 'crowd-crush', at: { xM: 6700, yM: 3350 }, place: { place: 'miaohui-square' }, scenario: 'demo-flood-transfer', runS: 1200 },
  { template: 'food-poisoning', at: { xM: 6000, yM: 7000 }, place: { place: 'nanpo' }, scenario: 'demo-flood-transfer', runS: 7200 },
  { template: 'heat-elderly', at: { xM: 950, yM: 4050 }, place: { place: 'xicun' }, scenario: 'demo-heat-wave', runS: 25_200 },
] as const;

describe('a curveball left alone', () => {
  it('has a template for every one of the eight factors', () => {
    const factors = new Set(scenarioDrill('scenarios/demo-flood-transfer.json').curveballs.map((t) => t.incident.factor));
    expect([...factors].sort()).toEqual(['collapse', 'collision', 'crowd', 'explosion', 'fire', 'flood', 'heat', 'poisoning']);
  });

  it.each(cases)('$template placed near $at.xM,$at.yM starts at once and hurts people', { timeout: 60_000 }, ({ template, at, place, scenario, runS }) => {
    const sim = createSimulation(scenarioDrill(`scenarios/${scenario}.json`));
    sim.advance(60);
    const result = sim.dispatch({ type: 'addIncident', by: 'facilitator', template, at });
    expect(result.ok).toBe(true);
    const added = sim.snapshot().incidents.at(-1)!;
    expect(added).toMatchObject({ id: 'curveball-1', status: 'active', startedS: 60 });
    const spec = sim.snapshot().curveballs![0]!;
    if (place) expect(spec.at).toEqual(place);
    sim.advance(runS);
    const { casualties } = sim.snapshot().incidents.find((i) => i.id === 'curveball-1')!;
    expect(casualties.deadCount + casualties.injuredCount + casualties.missingCount).toBeGreaterThan(0);
  });

  it('puts a flood curveball on the embankment, with the nearest pumping station and the villages behind it at risk', () => {
    const sim = createSimulation(scenarioDrill('scenarios/demo-river-flood.json'));
    sim.dispatch({ type: 'addIncident', by: 'facilitator', template: 'dike-piping', at: { xM: 5000, yM: 5900 } });
    const spec = sim.snapshot().curveballs![0]!;
    expect(spec.factor === 'flood' && spec.pumping.at).toEqual({ place: 'hetan-pumping' });
    expect(spec.villagesAtRisk).toContain('hetan');
    expect(spec.at).not.toEqual({ xM: 5000, yM: 5900 });
  });
});
