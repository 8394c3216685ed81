import { describe, expect, it } from 'vitest';
import { Cell } from '../../../src/sim/incidents/fire/fireGrid.ts';
import { spreadGeneration } from '../../../src/sim/incidents/fire/spreadGeneration.ts';
import type { Direction } from '../../../src/sim/incidents/fire/spreadTable.ts';
import { DRAW_STEPS, spreadTable } from '../../../src/sim/incidents/fire/spreadTable.ts';

const clockwise: Direction[] = [[0, -1], [1, -1], [1, 0], [1, 1], [0, 1], [-1, 1], [-1, 0], [-1, -1]];
const rowMajor: Direction[] = [[-1, -1], [0, -1], [1, -1], [-1, 0], [1, 0], [-1, 1], [0, 1], [1, 1]];

/** A 5 × 3 field of fuel with the given cells burning; every neighbour ignites with chance `p`. */
function field(burning: number[], p = 0.5, directions = clockwise) {
  const cells = new Uint8Array(15).fill(Cell.fuel);
  for (const b of burning) cells[b] = Cell.burning;
  const table = spreadTable({ widthCells: 5, heightCells: 3 }, directions, () => p);
  return { cells, table, ignited: new Int32Array(15) };
}

/** Draws from a list, counting them. */
function drawsOf(values: number[]) {
  const taken: number[] = [];
  return { taken, draw: () => { const v = values[taken.length % values.length]!; taken.push(v); return v; } };
}

describe('spreadGeneration', () => {
  it('draws once for each neighbour that can burn and ignites those drawn below the chance, then burns the fire out', () => {
    const f = field([7]);
    const d = drawsOf([0.25, 0.75]);
    const next = spreadGeneration({ ...f, burning: [7], breachShare: 0, spread: true, draw: d.draw });
    expect(d.taken).toHaveLength(8);
    // Clockwise from north: N 2, NE 3, E 8, SE 13, S 12, SW 11, W 6, NW 1; every other draw is below 0.5.
    expect([...next]).toEqual([2, 6, 8, 12]);
    expect(f.cells[7]).toBe(Cell.burnt);
    for (const c of next) expect(f.cells[c]).toBe(Cell.burning);
  });

  it('tests nothing beyond the grid’s edge and nothing without fuel', () => {
    const f = field([0]);
    f.cells[1] = Cell.noFuel;
    const d = drawsOf([0.9]);
    spreadGeneration({ ...f, burning: [0], breachShare: 0, spread: true, draw: d.draw });
    expect(d.taken).toHaveLength(2);
  });

  it('crosses a firebreak only at the breach share of the chance', () => {
    const f = field([7], 0.5);
    f.cells.fill(Cell.firebreak);
    f.cells[7] = Cell.burning;
    const held = spreadGeneration({ ...f, burning: [7], breachShare: 0.1, spread: true, draw: () => 0.06 });
    expect(held).toHaveLength(0);
    const g = field([7], 0.5);
    g.cells.fill(Cell.firebreak);
    g.cells[7] = Cell.burning;
    expect(spreadGeneration({ ...g, burning: [7], breachShare: 0.1, spread: true, draw: () => 0.04 })).toHaveLength(8);
  });

  it('draws nothing for a neighbour already ignited this generation, unless under the perf-ref rule, where it draws but never ignites twice', () => {
    const drill = field([6, 7], 1, rowMajor);
    const drillDraws = drawsOf([0]);
    const drillNext = spreadGeneration({ ...drill, burning: [6, 7], breachShare: 0, spread: true, draw: drillDraws.draw });
    const reference = field([6, 7], 1, rowMajor);
    const referenceDraws = drawsOf([0]);
    const referenceNext = spreadGeneration({ ...reference, burning: [6, 7], breachShare: 0, spread: true, draw: referenceDraws.draw, drawForCellsIgnitedThisGeneration: true });
    // Cell 6 ignites 0, 1, 2, 5, 10, 11, 12; cell 7 then meets 1, 2, 11, 12 again (and 3, 8, 13 for the first time).
    expect(drillDraws.taken).toHaveLength(7 + 3);
    expect(referenceDraws.taken).toHaveLength(7 + 7);
    expect([...referenceNext]).toEqual([...drillNext]);
    expect([...drillNext]).toEqual([0, 1, 2, 3, 5, 8, 10, 11, 12, 13]);
    expect([...reference.cells]).toEqual([...drill.cells]);
  });

  it('lists the ignitions in ascending order, whatever order the directions are tested in', () => {
    for (const directions of [clockwise, rowMajor]) {
      const f = field([5, 7, 9], 1, directions);
      const next = spreadGeneration({ ...f, burning: [5, 7, 9], breachShare: 0, spread: true, draw: () => 0 });
      expect([...next]).toEqual([0, 1, 2, 3, 4, 6, 8, 10, 11, 12, 13, 14]);
    }
  });

  it('decides a draw on the 2^−32 grid from the 32-bit threshold exactly as draw < p would', () => {
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0);
    for (let n = 0; n < 2000; n++) {
      const p = n % 100 === 0 ? 1 : next() / DRAW_STEPS;
      const table = spreadTable({ widthCells: 2, heightCells: 1 }, clockwise, () => p);
      const k = 2; // east, from cell 0 to cell 1
      const x = n % 3 === 0 ? Math.ceil(p * DRAW_STEPS) - 1 + (n % 2) : next();
      const u = Math.min(x, DRAW_STEPS - 1) / DRAW_STEPS;
      const cells = Uint8Array.of(Cell.burning, Cell.fuel);
      const ignited = spreadGeneration({ cells, table, burning: [0], ignited: new Int32Array(2), breachShare: 0, spread: true, draw: () => u });
      expect(ignited.length === 1, `p ${p}, u ${u}, direction ${k}`).toBe(u < p);
    }
  });
});
