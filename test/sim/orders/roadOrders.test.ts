import { describe, expect, it } from 'vitest';
import { tinyMap } from '../../support/tinyTownship.ts';
import { give, refuse, tinySimulation, unitOf } from '../../support/tinySimulation.ts';

const twoWays = tinyMap({ roads: [
  { id: 'main', roadClass: 'provincial', points: [[0, 1000], [2000, 1000], [4000, 1000]] },
  { id: 'old-road', roadClass: 'track', points: [[2000, 1000], [2000, 1600], [3500, 1600], [3500, 1000]] },
] });

describe('closing a road', () => {
  it('closes it and later trips avoid it', () => {
    const sim = tinySimulation(7, { map: twoWays });
    expect(give(sim, { type: 'closeRoad', by: 'traffic', road: 'main' })[0]).toMatchObject({ type: 'road.closed', road: 'main', by: 'traffic' });
    give(sim, { type: 'dispatchUnit', by: 'command-post', unit: 'office-team', to: { place: 'beta' } });
    expect(unitOf(sim, 'office-team').movement!.roadIds).toContain('old-road');
    expect(unitOf(sim, 'office-team').movement!.roadIds).not.toContain('main');
  });

  it('turns units already on it onto another way', () => {
    const sim = tinySimulation(7, { map: twoWays });
    give(sim, { type: 'dispatchUnit', by: 'command-post', unit: 'office-team', to: { place: 'beta' } });
    sim.advance(10);
    const events = give(sim, { type: 'closeRoad', by: 'command-post', road: 'main' });
    expect(events.map((e) => e.type)).toEqual(['road.closed', 'unit.rerouted']);
    expect(sim.advance(3600).some((e) => e.type === 'unit.arrived' && e.unit === 'office-team')).toBe(true);
  });

  it('leaves units with no other way waiting where they are', () => {
    const sim = tinySimulation();
    give(sim, { type: 'dispatchUnit', by: 'alpha', unit: 'alpha-militia', to: { place: 'beta' } });
    sim.advance(40);
    const events = give(sim, { type: 'closeRoad', by: 'command-post', road: 'main' });
    expect(events.map((e) => e.type)).toEqual(['road.closed', 'unit.stranded']);
    expect(unitOf(sim, 'alpha-militia')).toMatchObject({ status: 'onScene', movement: null, at: { xM: 1300, yM: 1000 } });
  });

  it('refuses a village closing roads, an unknown road and a road already closed', () => {
    const sim = tinySimulation();
    expect(refuse(sim, { type: 'closeRoad', by: 'alpha', road: 'main' }).reason).toBe('not-road-authority');
    expect(refuse(sim, { type: 'closeRoad', by: 'command-post', road: 'bypass' }).reason).toBe('unknown-road');
    give(sim, { type: 'closeRoad', by: 'command-post', road: 'main' });
    expect(refuse(sim, { type: 'closeRoad', by: 'traffic', road: 'main' }).reason).toBe('road-already-closed');
  });
});

describe('reopening a road', () => {
  it('opens it to traffic again', () => {
    const sim = tinySimulation();
    give(sim, { type: 'closeRoad', by: 'command-post', road: 'main' });
    expect(give(sim, { type: 'reopenRoad', by: 'traffic', road: 'main' })[0]).toMatchObject({ type: 'road.reopened' });
    expect(sim.snapshot().closedRoads).toEqual([]);
    give(sim, { type: 'dispatchUnit', by: 'alpha', unit: 'alpha-militia', to: { place: 'beta' } });
  });

  it('refuses a road that is not closed', () => {
    expect(refuse(tinySimulation(), { type: 'reopenRoad', by: 'command-post', road: 'main' }).reason).toBe('road-not-closed');
  });
});
