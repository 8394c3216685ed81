// Hill shading from the elevation grid: how brightly each cell is lit by a sun in the north-west (1 = flat ground).
import type { TownshipMap } from '../sim/index.ts';

/** The cartographer's light: from the north-west (azimuth 315°), 45° above the horizon, so hills read as raised. */
const sunAzimuthRad = (315 * Math.PI) / 180;
const sunAltitudeRad = Math.PI / 4;
/** Vertical exaggeration: the demo's gentle slopes (a few metres per 100 m cell) are invisible without it. */
const exaggeration = 3;

/**
 * One factor per cell, row-major like the map: above 1 on slopes facing the sun, below 1 facing away.
 * Slopes come from central differences, one-sided at the map's edges.
 */
export function reliefShade(map: TownshipMap): Float32Array {
  const { widthCells: w, heightCells: h, cellSizeM, elevationM } = map;
  const at = (col: number, row: number): number => elevationM[row * w + col] ?? 0;
  // Unit vector towards the sun in (east, south, up).
  const sun = [
    Math.cos(sunAltitudeRad) * Math.sin(sunAzimuthRad),
    -Math.cos(sunAltitudeRad) * Math.cos(sunAzimuthRad),
    Math.sin(sunAltitudeRad),
  ] as const;
  const flat = sun[2];
  const shade = new Float32Array(w * h);
  for (let row = 0; row < h; row++) {
    for (let col = 0; col < w; col++) {
      const [west, east] = [Math.max(0, col - 1), Math.min(w - 1, col + 1)];
      const [north, south] = [Math.max(0, row - 1), Math.min(h - 1, row + 1)];
      const dzdx = (exaggeration * (at(east, row) - at(west, row))) / (Math.max(1, east - west) * cellSizeM);
      const dzdy = (exaggeration * (at(col, south) - at(col, north))) / (Math.max(1, south - north) * cellSizeM);
      const length = Math.hypot(dzdx, dzdy, 1);
      const lit = (-dzdx * sun[0] - dzdy * sun[1] + sun[2]) / length;
      shade[row * w + col] = Math.max(0, lit) / flat;
    }
  }
  return shade;
}
