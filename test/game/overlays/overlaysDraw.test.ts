import { describe, expect, it } from 'vitest';
import { createSimulation, readingsOf } from '../../../src/sim/index.ts';
import type { CrowdReading, FireReading, FloodReading, IncidentReading, PoisoningReading } from '../../../src/sim/index.ts';
import { drawReading } from '../../../src/game/overlays/overlayRegistry.ts';
import { scenarioDrill } from '../../support/demoDrill.ts';
import { recordingGraphics, shapes } from '../../support/recordingGraphics.ts';

const placement = { at: { x: 500, y: 500 }, unitsPerM: 0.5, px: 1 };

function draw(reading: IncidentReading) {
  const { g, calls } = recordingGraphics();
  drawReading(g, reading, placement);
  return calls;
}

/** The grid cells the filled rectangles cover, for rectangles on a grid of `cellW` world units. */
function coveredCells(calls: ReturnType<typeof draw>, cellW: number, widthCells: number): number[] {
  const cells = calls.filter((c) => c.name === 'fillRect').flatMap(({ args: [x, y, w] }) => {
    const col = Math.round(x! / cellW);
    const row = Math.round(y! / cellW);
    return Array.from({ length: Math.round(w! / cellW) }, (_, i) => row * widthCells + col + i);
  });
  return cells.sort((a, b) => a - b);
}

describe('the map overlays', () => {
  it('draw nothing the reading does not contain: a fire with no cells draws no shape', () => {
    const reading: FireReading = { factor: 'fire', incident: 'f', kind: 'wildland', grid: { widthCells: 10, cellSizeM: 100 }, burningCells: [], burntCells: [], firebreakCells: [] };
    expect(shapes(draw(reading))).toEqual([]);
  });

  it("fill exactly the fire's burning, burnt and firebreak cells, a run of a row as one rectangle", () => {
    const reading: FireReading = { factor: 'fire', incident: 'f', kind: 'wildland', grid: { widthCells: 10, cellSizeM: 100 }, burningCells: [3, 4, 5, 22], burntCells: [9, 10], firebreakCells: [] };
    const calls = draw(reading);
    expect(coveredCells(calls, 50, 10)).toEqual([3, 4, 5, 9, 10, 22]);
    expect(calls.filter((c) => c.name === 'fillRect')).toHaveLength(4);
  });

  it("fill exactly the flood's wet cells", () => {
    const reading: FloodReading = {
      factor: 'flood', incident: 'w', grid: { widthCells: 8, cellSizeM: 20 }, wetCells: [1, 2, 3, 17], depthsM: [0.1, 0.1, 1.5, 0.4], gauge: null,
      weakPoint: { state: 'holding', breachWidthM: 40, lengthM: 50 },
    };
    expect(coveredCells(draw(reading), 10, 8)).toEqual([1, 2, 3, 17]);
  });

  it("fill exactly the plume's band runs, and only a ring at a food poisoning's site", () => {
    const plume: PoisoningReading = {
      factor: 'poisoning', incident: 'p', kind: 'plume', originM: { xM: 0, yM: 0 }, cellM: 20, reachM: 100, downwindM: { xM: 100, yM: 0 },
      runs: [{ row: 0, col: 2, cols: 3, level: 3 }, { row: 1, col: 0, cols: 1, level: 1 }],
    };
    expect(coveredCells(draw(plume), 10, 1000)).toEqual([2, 3, 4, 1000]);
    expect(shapes(draw({ factor: 'poisoning', incident: 'p', kind: 'site' })).map((c) => c.name)).toEqual(['strokeCircle']);
  });

  it('draw one dot per person in the crowd reading', () => {
    const reading: CrowdReading = {
      factor: 'crowd', incident: 'c', originM: { xM: 0, yM: 0 }, density: null,
      site: { widthM: 10, depthM: 10, walls: [], gates: [], bottleneck: [0, 0, 2, 0], exits: [] },
      people: { xM: [1, 2, 3], yM: [1, 1, 1], radiusM: [0.25, 0.25, 0.25], feel: ['A', 'F', 'down'] },
    };
    expect(draw(reading).filter((c) => c.name === 'fillCircle')).toHaveLength(3);
  });

  it('draw the blast rings at the radii of the reading, and nothing before a cloud or a blast', () => {
    const rings = [{ kPa: 35, radiusM: 10 }, { kPa: 1, radiusM: 200 }];
    const circles = draw({ factor: 'explosion', incident: 'e', cloud: null, rings }).filter((c) => c.name === 'fillCircle');
    expect(circles.map((c) => c.args[2])).toEqual([100, 5]);
    expect(shapes(draw({ factor: 'explosion', incident: 'e', cloud: null, rings: [] }))).toEqual([]);
  });

  const demos = [
    'demo-xiling-grassland-fire', 'demo-elder-home-fire', 'demo-market-gas-leak', 'demo-s215-bus-crash', 'demo-site-formwork-collapse',
    'demo-river-flood', 'demo-temple-fair-crush', 'demo-water-plant-chlorine', 'demo-coal-stove-co', 'demo-heat-wave',
  ];
  /** The crowd moves every person every step: five minutes of it are enough and far quicker. */
  const crowdS = 300;
  it.each(demos)('draw the reading of %s as the core computed it', (id) => {
    const sim = createSimulation(scenarioDrill(`scenarios/${id}.json`));
    sim.advance(id === 'demo-temple-fair-crush' ? crowdS : 1800);
    const readings = readingsOf(sim.world, sim.snapshot(), 'facilitator');
    expect(readings.length).toBeGreaterThan(0);
    for (const reading of readings) expect(shapes(draw(reading)).length).toBeGreaterThan(0);
  });
});
