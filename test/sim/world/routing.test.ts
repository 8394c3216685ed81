import { describe, expect, it } from 'vitest';
import { buildRoadGraph } from '../../../src/sim/world/roadGraph.ts';
import { planRoute } from '../../../src/sim/world/routing.ts';
import type { Vehicle } from '../../../src/sim/scenario/rosterSchema.ts';
import { tinyDrill, tinyMap } from '../../support/tinyTownship.ts';

const car: Vehicle = { nameZh: '车', nameEn: 'car', speedKmh: { provincial: 72, county: 54, village: 36, track: 18 }, offRoadKmh: 3.6 };
const open = new Set<string>();

function graphOf(roads: Parameters<typeof tinyMap>[0]['roads']) {
  return buildRoadGraph(tinyDrill({ map: tinyMap({ roads }) }).map);
}

describe('travel along roads', () => {
  it('takes length over speed on each road class', () => {
    const roads = graphOf([{ id: 'main', roadClass: 'provincial', points: [[0, 1000], [2000, 1000], [4000, 1000]] }]);
    const route = planRoute({ roads, vehicle: car, from: { xM: 0, yM: 1000 }, to: { xM: 4000, yM: 1000 }, closedRoads: open, maxCrossCountryM: 1500 })!;
    expect(route.totalS).toBeCloseTo(4000 / 20, 6);
    expect(route.roadIds).toEqual(['main', 'main']);
  });

  it('is twice as slow on a village road as on a provincial road of the same length', () => {
    const village = graphOf([{ id: 'lane', roadClass: 'village', points: [[0, 1000], [4000, 1000]] }]);
    const route = planRoute({ roads: village, vehicle: car, from: { xM: 0, yM: 1000 }, to: { xM: 4000, yM: 1000 }, closedRoads: open, maxCrossCountryM: 1500 })!;
    expect(route.totalS).toBeCloseTo(4000 / 10, 6);
  });

  it('prefers a longer fast road to a shorter slow one', () => {
    const roads = graphOf([
      { id: 'track', roadClass: 'track', points: [[0, 1000], [4000, 1000]] },
      { id: 'bypass', roadClass: 'provincial', points: [[0, 1000], [2000, 200], [4000, 1000]] },
    ]);
    const route = planRoute({ roads, vehicle: car, from: { xM: 0, yM: 1000 }, to: { xM: 4000, yM: 1000 }, closedRoads: open, maxCrossCountryM: 1500 })!;
    expect(route.roadIds).toEqual(['bypass', 'bypass']);
    expect(route.totalS).toBeCloseTo((2 * Math.hypot(2000, 800)) / 20, 6);
  });

  it('takes the detour when the fast road is closed', () => {
    const roads = graphOf([
      { id: 'track', roadClass: 'track', points: [[0, 1000], [4000, 1000]] },
      { id: 'bypass', roadClass: 'provincial', points: [[0, 1000], [2000, 200], [4000, 1000]] },
    ]);
    const route = planRoute({ roads, vehicle: car, from: { xM: 0, yM: 1000 }, to: { xM: 4000, yM: 1000 }, closedRoads: new Set(['bypass']), maxCrossCountryM: 1500 })!;
    expect(route.roadIds).toEqual(['track']);
    expect(route.totalS).toBeCloseTo(4000 / 5, 6);
  });

  it('finds no way when the only road is closed and the target is far across country', () => {
    const roads = graphOf([{ id: 'main', roadClass: 'provincial', points: [[0, 1000], [4000, 1000]] }]);
    expect(planRoute({ roads, vehicle: car, from: { xM: 0, yM: 1000 }, to: { xM: 4000, yM: 1000 }, closedRoads: new Set(['main']), maxCrossCountryM: 1500 })).toBeNull();
  });

  it('walks the last stretch from the road to a target beside it', () => {
    const roads = graphOf([{ id: 'main', roadClass: 'provincial', points: [[0, 1000], [4000, 1000]] }]);
    const route = planRoute({ roads, vehicle: car, from: { xM: 0, yM: 1000 }, to: { xM: 4000, yM: 1300 }, closedRoads: open, maxCrossCountryM: 1500 })!;
    expect(route.roadIds).toEqual(['main', null]);
    expect(route.totalS).toBeCloseTo(200 + 300, 6);
  });

  it('goes straight across country when that is quicker than any road', () => {
    const roads = graphOf([{ id: 'main', roadClass: 'provincial', points: [[0, 1000], [4000, 1000]] }]);
    const route = planRoute({ roads, vehicle: car, from: { xM: 1900, yM: 1100 }, to: { xM: 2100, yM: 1100 }, closedRoads: open, maxCrossCountryM: 1500 })!;
    expect(route.roadIds).toEqual([null]);
    expect(route.totalS).toBeCloseTo(200, 6);
  });

  it('joins roads whose ends meet within half a cell', () => {
    const roads = graphOf([
      { id: 'west', roadClass: 'county', points: [[0, 1000], [2000, 1000]] },
      { id: 'east', roadClass: 'county', points: [[2030, 1020], [4000, 1000]] },
    ]);
    expect(roads.nodes).toHaveLength(3);
    const route = planRoute({ roads, vehicle: car, from: { xM: 0, yM: 1000 }, to: { xM: 4000, yM: 1000 }, closedRoads: open, maxCrossCountryM: 100 })!;
    expect(route.roadIds).toEqual(['west', 'east']);
  });
});
