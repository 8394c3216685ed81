// 毒 overlay: a toxic release's plume as translucent bands where outdoor air reaches AEGL-3 / 2 / 1 (60 min), sampled on a coarse grid with the sim's own plume; other kinds get a ring at the site.
import type Phaser from 'phaser';
import type { Weather } from '../../sim/index.ts';
import type { PlumeNow } from '../../sim/index.ts';
import type { ToxicReleaseSpec } from '../../sim/index.ts';
import type { PointM } from '../../sim/index.ts';
import { aeglAtPpm } from '../../sim/index.ts';
import { downwindPoint, outdoorPpm, plumeNow } from '../../sim/index.ts';
import { factorStyles } from '../factorStyles.ts';
import type { FactorOverlay, OverlayContext } from './factorOverlay.ts';

/** The AEGL levels drawn, most severe first, with their colours (deep purple → pale lilac). */
export const aeglBands: readonly { level: 1 | 2 | 3; colour: number }[] = [
  { level: 3, colour: 0x54278f }, { level: 2, colour: 0x807dba }, { level: 1, colour: 0xbcbddc },
];

/** Farthest the grid reaches downwind, m, and the coarsest and finest cell, m. */
const MAX_REACH_M = 5000;
const MAX_CELL_M = 100;
const MIN_CELL_M = 20;
/** AEGL duration the bands are read at, min: the one the sim uses for its own thresholds. */
const AEGL_DURATION_MIN = 60;

interface ReleaseReading { stoppedAtS: number | null }

function readPhysics(physics: unknown): ReleaseReading | null {
  if (typeof physics !== 'object' || physics === null) return null;
  const { kind, stoppedAtS } = physics as Record<string, unknown>;
  if (kind !== 'toxicRelease') return null;
  return { stoppedAtS: typeof stoppedAtS === 'number' ? stoppedAtS : null };
}

/** The sim time of the last physics tick, from the machine's saved context. */
function readTimeS(machine: unknown): number | null {
  if (typeof machine !== 'object' || machine === null) return null;
  const { context } = machine as Record<string, unknown>;
  if (typeof context !== 'object' || context === null) return null;
  const { timeS } = context as Record<string, unknown>;
  return typeof timeS === 'number' ? timeS : null;
}

/** The scenario's weather, if the overlay context carries it (OverlayContext may grow an optional `weather`). */
function readWeather(context: OverlayContext): Weather | null {
  if (!('weather' in context)) return null;
  const weather: unknown = context.weather;
  if (typeof weather !== 'object' || weather === null) return null;
  const w = weather as Record<string, unknown>;
  if (typeof w.windMs !== 'number' || typeof w.windFromDeg !== 'number') return null;
  return weather as Weather;
}

/** The plume as the sim last computed it, or null when its inputs are not all known. */
function currentPlume(context: OverlayContext, release: ToxicReleaseSpec, source: PointM): PlumeNow | null {
  const { incident } = context;
  const reading = readPhysics(incident.physics);
  const nowS = readTimeS(incident.machine);
  const weather = readWeather(context);
  if (!reading || nowS === null || incident.startedS === null || !weather) return null;
  const sinceStartS = nowS - incident.startedS;
  if (sinceStartS <= 0) return null;
  return plumeNow({ release, source, weather, sinceStartS, sinceStopS: reading.stoppedAtS === null ? null : nowS - reading.stoppedAtS });
}

/** How far downwind (m) the centreline still reaches `ppm`: bounds the grid. */
function centrelineReachM(plume: PlumeNow, ppm: number): number {
  const limit = Math.min(MAX_REACH_M, plume.windMs * plume.sinceStartS);
  let reach = 0;
  for (let x = 10; x <= limit; x += 25) if (outdoorPpm(plume, downwindPoint(plume, x)) >= ppm) reach = x;
  return reach;
}

/** Index into aeglBands of the band `ppm` falls in, or -1 below AEGL-1. */
function bandOf(ppm: number, thresholds: readonly number[]): number {
  return thresholds.findIndex((t) => ppm >= t);
}

/** Fills the grid cells of each band, merging runs of one band along a row into one rectangle. */
function drawBands(g: Phaser.GameObjects.Graphics, plume: PlumeNow, unitsPerM: number): void {
  const thresholds = aeglBands.map((b) => aeglAtPpm(plume.release.chemical, b.level, AEGL_DURATION_MIN));
  const reachM = centrelineReachM(plume, thresholds[thresholds.length - 1]!);
  if (reachM <= 0) return;
  const cellM = Math.max(MIN_CELL_M, Math.min(MAX_CELL_M, reachM / 30));
  const n = Math.ceil(reachM / cellM);
  const left = plume.source.xM - n * cellM;
  const top = plume.source.yM - n * cellM;
  for (let row = 0; row < 2 * n; row++) {
    const yM = top + (row + 0.5) * cellM;
    let runStart = 0;
    let runBand = -1;
    for (let col = 0; col <= 2 * n; col++) {
      const band = col < 2 * n ? bandOf(outdoorPpm(plume, { xM: left + (col + 0.5) * cellM, yM }), thresholds) : -1;
      if (band === runBand) continue;
      if (runBand >= 0) {
        g.fillStyle(aeglBands[runBand]!.colour, 0.35)
          .fillRect((left + runStart * cellM) * unitsPerM, (top + row * cellM) * unitsPerM, (col - runStart) * cellM * unitsPerM, cellM * unitsPerM);
      }
      runStart = col;
      runBand = band;
    }
  }
}

function drawSiteRing(g: Phaser.GameObjects.Graphics, { at, px }: OverlayContext): void {
  g.lineStyle(2 * px, factorStyles.poisoning.colour, 0.8).strokeCircle(at.x, at.y, 20 * px);
}

export const poisoningOverlay: FactorOverlay = {
  factor: 'poisoning',
  draw(g, context) {
    const { spec, incident, at, unitsPerM } = context;
    if (spec.factor !== 'poisoning' || incident.status !== 'active') return;
    if (spec.kind !== 'toxicRelease') return drawSiteRing(g, context);
    if (!spec.release || (incident.phase !== 'releasing' && incident.phase !== 'dispersing')) return;
    const plume = currentPlume(context, spec.release, { xM: at.x / unitsPerM, yM: at.y / unitsPerM });
    if (plume) drawBands(g, plume, unitsPerM);
  },
};
