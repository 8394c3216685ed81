// The land of 示范乡: a smooth deterministic height field, the course of the 清水河 and each cell's land cover.
export const WIDTH = 100; // cells, west → east
export const HEIGHT = 80; // cells, north → south

export const TERRAINS = ['grass', 'forest', 'farmland', 'water', 'builtUp', 'bare', 'wetland'] as const;
export type Terrain = (typeof TERRAINS)[number];

const clamp01 = (t: number): number => Math.min(1, Math.max(0, t));
const smooth = (t: number): number => { const u = clamp01(t); return u * u * (3 - 2 * u); };
/** A gaussian bump of height 1 centred on (cx, cy) with spreads sx, sy (cells). */
export const bump = (x: number, y: number, cx: number, cy: number, sx: number, sy: number): number =>
  Math.exp(-0.5 * (((x - cx) / sx) ** 2 + ((y - cy) / sy) ** 2));

/** The river's centre line: y (cells) for a given x; it crosses the southern half from west to east. */
export const riverY = (x: number): number => 63 + 2.5 * Math.sin(x / 13) + 1.2 * Math.sin(x / 5.3 + 1);
/** Cells with their centre this close to the centre line are water: 3 cells = 300 m wide. */
export const RIVER_HALF_WIDTH = 1.5;
/** The normal water surface (m), falling gently downstream. */
export const riverLevelM = (x: number): number => 120.5 - 0.01 * x;
/** The embankment's crest: about 5 m above the low ground behind it. */
export const EMBANKMENT_CREST_M = 127.5;

/** Height of the valley floor above the river at d cells from its centre line: a low strip, then a terrace. */
function floodplainM(d: number): number {
  return 2 + 0.1 * Math.min(d, 7) + 12 * smooth((d - 7) / 6) + Math.min(12, 0.3 * Math.max(0, d - 13));
}

/** The hills: a northern range (with a saddle for the county road), a western range (with a pass for the
 *  provincial road), the spur at the dangerous bend, low southern hills and two named peaks. */
export function hillsM(x: number, y: number): number {
  const north = 260 * smooth((38 - y) / 32) * (1 - 0.3 * Math.exp(-0.5 * ((x - 51) / 4) ** 2));
  const west = 250 * smooth((26 - x) / 22) * (1 - 0.5 * Math.exp(-0.5 * ((y - 37) / 5) ** 2));
  const spur = 80 * bump(x, y, 30, 37, 3.5, 4);
  const south = 70 * smooth((y - 68) / 12);
  const peaks = 45 * bump(x, y, 20, 9, 6, 5) + 35 * bump(x, y, 72, 12, 8, 6);
  const hill = Math.max(north, west) + 0.1 * Math.min(north, west) + spur + south + peaks;
  return hill * (1 + 0.08 * Math.sin(x / 5.1 + y / 7.3) * Math.sin(y / 4.7 - x / 9.1));
}

/** Ground height (m) at a point given in cells: the river, its floodplain, and hills damped near the water. */
export function elevationM(x: number, y: number): number {
  const d = Math.abs(y - riverY(x));
  if (d <= RIVER_HALF_WIDTH) return riverLevelM(x);
  const southBank = y > riverY(x);
  return riverLevelM(x) + floodplainM(southBank ? d * 1.4 : d) + hillsM(x, y) * smooth((d - 2) / 14);
}

/** Land cover of the cell whose centre is (x, y); built-up and bare cells are decided by the features. */
export function landCover(x: number, y: number, builtUp: boolean, bare: boolean): Terrain {
  const d = Math.abs(y - riverY(x));
  if (d <= RIVER_HALF_WIDTH) return 'water';
  if (builtUp) return 'builtUp';
  if (bare) return 'bare';
  const elev = elevationM(x, y);
  const hill = hillsM(x, y) * smooth((d - 2) / 14);
  if (elev - riverLevelM(x) < 3.2) {
    return d < 2.6 || Math.sin(x / 3.1) + Math.sin(y * 1.7 + x / 7) > 0.9 ? 'wetland' : 'farmland';
  }
  if (hill > 35) {
    if (elev > 472) return 'bare';
    const grassland = bump(x, y, 22, 18, 9, 7) > 0.3; // 西岭草场, where the grassland fire starts
    const glade = Math.sin(x / 4.3 + y / 6.1) + 0.6 * Math.sin(y / 3.7 - x / 5.9) > 0.75;
    return grassland || glade ? 'grass' : 'forest';
  }
  return Math.sin(x / 2.9 + y / 4.1) * Math.sin(y / 3.3) > 0.8 ? 'grass' : 'farmland';
}
