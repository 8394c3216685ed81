import { describe, expect, it } from 'vitest';
import { createSimulation, viewOf } from '../../../src/sim/index.ts';
import { scenarioDrill } from '../../support/demoDrill.ts';
import { give } from '../../support/tinySimulation.ts';

const fire = 'xiling-grass-fire';
const drill = () => scenarioDrill('scenarios/demo-xiling-grassland-fire.json');

describe('one view per team', () => {
  it('shows the facilitator the truth and the command post only what it was told', () => {
    const sim = createSimulation(drill());
    sim.advance(250);
    expect(sim.viewOf('facilitator').incidents).toEqual([expect.objectContaining({ id: fire, via: 'truth', knownSinceS: 0 })]);
    expect(sim.viewOf('command-post').incidents).toEqual([]);
    give(sim, { type: 'fileReport', by: 'linchaozhan', kind: 'initial', incident: fire, elements: { casualties: { deaths: 0, injured: 0, missing: 3 } } });
    expect(sim.viewOf('command-post').incidents).toEqual([expect.objectContaining({ id: fire, casualties: { deaths: 0, injured: 0, missing: 3 }, knownSinceS: 250 })]);
    expect(sim.viewOf('facilitator').incidents[0]!.casualties).toEqual({ deaths: 0, injured: 0, missing: 0 });
  });

  it('gives a station its own units and orders only, and a village its own people', () => {
    const sim = createSimulation(drill());
    sim.advance(250);
    give(sim, { type: 'dispatchUnit', by: 'linchaozhan', unit: 'lcz-firecrew', to: { incident: fire } });
    const station = sim.viewOf('linchaozhan');
    expect(station.units.map((u) => u.id).sort()).toEqual(sim.world.drill.roster.units.filter((u) => u.owner === 'linchaozhan').map((u) => u.id).sort());
    expect(station.orders.map((o) => o.order.type)).toEqual(['dispatchUnit']);
    expect(sim.viewOf('shangling').villages.map((v) => v.id)).toEqual(['shangling']);
    expect(viewOf(sim.world, sim.snapshot(), 'shangling').orders).toEqual([]);
  });

  it('is plain JSON that survives a round trip', () => {
    const sim = createSimulation(drill());
    sim.advance(400);
    const view = sim.viewOf('command-post');
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
  });
});
