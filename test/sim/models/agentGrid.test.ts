import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { agentsNear, cellAt, closestOnSegment, createAgentGrid, indexAgents, indexSegments } from '../../../src/sim/models/agentGrid';

/** A fixed scatter of points (a linear congruential sequence), some outside the grid. */
function scatter(count: number): { xM: Float64Array; yM: Float64Array } {
  let seed = 12345;
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  return { xM: Float64Array.from({ length: count }, () => next() * 24 - 2), yM: Float64Array.from({ length: count }, () => next() * 14 - 2) };
}

describe('the agent grid', () => {
  it('finds exactly the agents a brute-force search finds, in ascending order', () => {
    const { xM, yM } = scatter(800);
    const grid = createAgentGrid({ xM: 0, yM: 0, widthM: 20, depthM: 10 }, 1.1, 10);
    indexAgents(grid, xM, yM, 800);
    for (const point of [{ xM: 5, yM: 5 }, { xM: 0, yM: 0 }, { xM: 19.9, yM: 9.9 }, { xM: 10.3, yM: 2.2 }]) {
      const brute = [...xM.keys()].filter((j) => Math.hypot(xM[j]! - point.xM, yM[j]! - point.yM) <= 1.5);
      expect(agentsNear(grid, xM, yM, point, 1.5)).toEqual(brute);
    }
  });

  it('lists every agent once, each cell’s agents by index', () => {
    const { xM, yM } = scatter(500);
    const grid = createAgentGrid({ xM: 0, yM: 0, widthM: 20, depthM: 10 }, 2, 0);
    indexAgents(grid, xM, yM, 500);
    expect([...grid.order.slice(0, 500)].sort((a, b) => a - b)).toEqual([...Array(500).keys()]);
    for (let c = 0; c < grid.cols * grid.rows; c++) {
      const inCell = [...grid.order.slice(grid.cellStart[c], grid.cellStart[c + 1])];
      expect(inCell).toEqual([...inCell].sort((a, b) => a - b));
      for (const i of inCell) expect(cellAt(grid, xM[i]!, yM[i]!)).toBe(c);
    }
  });

  it('puts points outside the grid in its border cells', () => {
    const grid = createAgentGrid({ xM: 0, yM: 0, widthM: 10, depthM: 10 }, 1);
    expect(cellAt(grid, -5, -5)).toBe(0);
    expect(cellAt(grid, 50, 50)).toBe(99);
    expect(cellAt(grid, -0.5, 9.999)).toBe(90);
    expect(cellAt(grid, Infinity, -Infinity)).toBe(9);
  });

  it('finds every point the cell the floor of its distance over the cell size gives, on cell edges too', () => {
    const grid = createAgentGrid({ xM: -3.7, yM: 12.1, widthM: 47, depthM: 29 }, 0.7);
    const floorCell = (x: number, y: number) => Math.min(grid.rows - 1, Math.max(0, Math.floor((y - grid.originYM) / grid.cellM))) * grid.cols
      + Math.min(grid.cols - 1, Math.max(0, Math.floor((x - grid.originXM) / grid.cellM)));
    const rng = seedrandom('cells');
    for (let k = 0; k < 20_000; k++) {
      const edge = k % 2 === 0;
      const x = edge ? grid.originXM + Math.floor(rng() * 80 - 5) * grid.cellM : -10 + 70 * rng();
      const y = edge ? grid.originYM + Math.floor(rng() * 50 - 5) * grid.cellM : 5 + 45 * rng();
      expect(cellAt(grid, x, y)).toBe(floorCell(x, y));
    }
  });

  it('indexes a coordinate with no value (NaN) in the first column or row, and still lists every agent once', () => {
    const grid = createAgentGrid({ xM: 0, yM: 0, widthM: 10, depthM: 10 }, 1, 3);
    indexAgents(grid, [5.5, Number.NaN, 9.5], [5.5, 2, Number.NaN], 3);
    expect([...grid.cellOf]).toEqual([55, 20, 9]);
    expect([...grid.order].sort()).toEqual([0, 1, 2]);
    expect(grid.cellStart[100]).toBe(3);
  });

  it('refuses cells of no size', () => {
    expect(() => createAgentGrid({ xM: 0, yM: 0, widthM: 10, depthM: 10 }, 0)).toThrow(RangeError);
  });
});

describe('closestOnSegment', () => {
  it('projects onto the segment, clamped to its ends', () => {
    expect(closestOnSegment(1, 1, 0, 0, 2, 0)).toEqual({ xM: 1, yM: 0, distanceM: 1 });
    expect(closestOnSegment(5, 4, 0, 0, 2, 0)).toEqual({ xM: 2, yM: 0, distanceM: 5 });
    expect(closestOnSegment(3, 4, 0, 0, 0, 0).distanceM).toBe(5);
  });
});

describe('the segment grid', () => {
  it('lists a wall in every cell within reach of it, and only there', () => {
    const walls = indexSegments([5, 0, 5, 10], { xM: 0, yM: 0, widthM: 10, depthM: 10 }, 1, 0.5);
    const listed = (x: number, y: number) => {
      const c = cellAt(walls.grid, x, y);
      return [...walls.items.slice(walls.cellStart[c], walls.cellStart[c + 1])];
    };
    expect(listed(4.5, 5)).toEqual([0]);
    expect(listed(5.5, 5)).toEqual([0]);
    expect(listed(3.5, 5)).toEqual([]);
    expect(listed(6.5, 5)).toEqual([]);
  });

  it('refuses a segment list that is not four numbers each', () => {
    expect(() => indexSegments([0, 0, 1], { xM: 0, yM: 0, widthM: 10, depthM: 10 }, 1, 0.5)).toThrow(RangeError);
  });
});
