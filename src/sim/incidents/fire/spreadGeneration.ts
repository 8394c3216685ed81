// One generation of the grass/forest fire cellular automaton (Alexandridis et al. 2008): every burning cell tries
// to ignite each neighbour with p_burn, then burns out. Draws come in cell order, so a seed gives one fire.
import { alexandridisBurnProbability, alexandridisSlopeFactor } from '../../models/cellularFireSpread.ts';
import { alexandridisWindFactor } from '../../models/grassFire.ts';
import type { FireGrid } from './fireGrid.ts';
import { Cell } from './fireGrid.ts';

/** The Moore neighbourhood, clockwise from north (map y grows south), and each step's compass bearing. */
const NEIGHBOURS: readonly (readonly [number, number])[] = [[0, -1], [1, -1], [1, 0], [1, 1], [0, 1], [-1, 1], [-1, 0], [-1, -1]];

/**
 * Wind factor p_w for spread towards each neighbour. `windFromDeg` is meteorological (where the wind comes from,
 * clockwise from north), so the wind blows towards windFromDeg + 180°.
 */
export function neighbourWindFactors(windMs: number, windFromDeg: number): number[] {
  return NEIGHBOURS.map((_, k) => alexandridisWindFactor(windMs, k * 45 - (windFromDeg + 180)));
}

export interface Generation {
  cells: number[];
  /** Burning cells, ascending. */
  burning: number[];
  grid: FireGrid;
  windFactors: readonly number[];
  /** Share of the chances to cross a firebreak cell that still succeed. */
  breachShare: number;
  /** False while the fire is contained: burning cells burn out without igniting anything. */
  spread: boolean;
  draw: () => number;
}

/** Chance that burning cell `from` ignites cell `to` (a neighbour in direction `k`) this generation. */
function ignitionChance(g: Generation, from: number, to: number, k: number): number {
  const state = g.cells[to];
  const fuel = g.grid.fuel[to];
  if ((state !== Cell.fuel && state !== Cell.firebreak) || !fuel) return 0;
  const runM = k % 2 === 1 ? g.grid.cellSizeM * Math.SQRT2 : g.grid.cellSizeM;
  const slopeFactor = alexandridisSlopeFactor(g.grid.elevationM[to]! - g.grid.elevationM[from]!, runM);
  const p = alexandridisBurnProbability({ pVeg: fuel.pVeg, pDen: fuel.pDen, windFactor: g.windFactors[k]!, slopeFactor });
  return state === Cell.firebreak ? p * g.breachShare : p;
}

/** Runs one generation in place on `cells`; returns the newly ignited cells, ascending (the next burning list). */
export function spreadGeneration(g: Generation): number[] {
  const ignited: number[] = [];
  const { widthCells, heightCells } = g.grid;
  if (g.spread) {
    for (const from of g.burning) {
      const x = from % widthCells;
      const y = Math.floor(from / widthCells);
      NEIGHBOURS.forEach(([dx, dy], k) => {
        if (x + dx < 0 || y + dy < 0 || x + dx >= widthCells || y + dy >= heightCells) return;
        const to = from + dy * widthCells + dx;
        const p = ignitionChance(g, from, to, k);
        if (p > 0 && g.draw() < p) {
          g.cells[to] = Cell.burning;
          ignited.push(to);
        }
      });
    }
  }
  for (const cell of g.burning) g.cells[cell] = Cell.burnt;
  return ignited.sort((a, b) => a - b);
}
