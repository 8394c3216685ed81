// 涝 overlay: water depth shaded on the map's cells (pale blue shallow → deep blue over 1.2 m), a mark at the
// embankment's weak point once the river overtops it or breaches it, and beside it a river gauge (水位尺) from the
// starting stage to the weak point's crest, with the warning level marked, filled to the stage now (red when over
// warning) — so the hall sees the river rise long before it spills.
import type Phaser from 'phaser';
import type { FloodReading } from '../../sim/index.ts';
import { cellRuns } from './cellRuns.ts';
import type { FactorOverlay } from './factorOverlay.ts';

type RiverGauge = NonNullable<FloodReading['gauge']>;

/** Water shallower than this is drawn palest (the reading holds only wet cells); at and over `deepM` deepest. */
const dryM = 0.05;
const deepM = 1.2;
/** Depth is drawn in this many shades, so that neighbouring cells of one shade merge into one rectangle. */
const shadeCount = 6;
const shallowColour = { r: 0xc6, g: 0xdb, b: 0xef };
const deepColour = { r: 0x08, g: 0x30, b: 0x6b };
const breachColour = 0x08306b;
const overtopColour = 0x2171b5;

/** The shade (0 … shadeCount − 1) of a depth. */
function shadeOf(depthM: number): number {
  const share = Math.min(1, Math.max(0, (depthM - dryM) / (deepM - dryM)));
  return Math.min(shadeCount - 1, Math.floor(share * shadeCount));
}

function shadeStyle(shade: number): { colour: number; alpha: number } {
  const t = shade / (shadeCount - 1);
  const mix = (a: number, b: number) => Math.round(a + (b - a) * t);
  const colour = (mix(shallowColour.r, deepColour.r) << 16) | (mix(shallowColour.g, deepColour.g) << 8) | mix(shallowColour.b, deepColour.b);
  return { colour, alpha: 0.35 + 0.35 * t };
}

/** Fills the wet cells, one rectangle per run of same-shade cells in a row. */
function drawDepths(g: Phaser.GameObjects.Graphics, reading: FloodReading, unitsPerM: number): void {
  const styles = Array.from({ length: shadeCount }, (_, s) => shadeStyle(s));
  const shades = reading.depthsM.map(shadeOf);
  const cellW = reading.grid.cellSizeM * unitsPerM;
  const runs = cellRuns(reading.wetCells, reading.grid.widthCells, (a, b) => shades[a] === shades[b]);
  let first = 0;
  for (const run of runs) {
    const style = styles[shades[first]!]!;
    g.fillStyle(style.colour, style.alpha).fillRect(run.col * cellW, run.row * cellW, run.cols * cellW, cellW);
    first += run.cols;
  }
}

/** The breach: a dark disc as wide as the breach with a cross through it. */
function drawBreach(g: Phaser.GameObjects.Graphics, at: { x: number; y: number }, radius: number, px: number): void {
  g.fillStyle(breachColour, 0.6).fillCircle(at.x, at.y, radius);
  g.lineStyle(2.5 * px, 0xffffff, 0.9).strokeCircle(at.x, at.y, radius);
  const arm = radius * 0.6;
  g.lineStyle(2.5 * px, 0xffffff, 0.95);
  g.lineBetween(at.x - arm, at.y - arm, at.x + arm, at.y + arm).lineBetween(at.x - arm, at.y + arm, at.x + arm, at.y - arm);
}

/** Water over the crest: a double ring round the weak point. */
function drawOvertopping(g: Phaser.GameObjects.Graphics, at: { x: number; y: number }, radius: number, px: number): void {
  g.lineStyle(2 * px, overtopColour, 0.9).strokeCircle(at.x, at.y, radius);
  g.lineStyle(1.5 * px, overtopColour, 0.6).strokeCircle(at.x, at.y, radius + 4 * px);
}

/** The river gauge: a white post, the warning level as a red tick, water up to the stage (red once over warning). */
function drawGauge(g: Phaser.GameObjects.Graphics, at: { x: number; y: number }, gauge: RiverGauge, px: number): void {
  const width = 8 * px;
  const height = 56 * px;
  const left = at.x + 18 * px;
  const bottom = at.y + height / 2;
  const span = Math.max(0.01, gauge.crestM - gauge.lowM);
  const yOf = (m: number) => bottom - height * Math.min(1, Math.max(0, (m - gauge.lowM) / span));
  g.fillStyle(0xffffff, 0.9).fillRect(left, bottom - height, width, height);
  const waterTop = yOf(gauge.stageM);
  g.fillStyle(gauge.stageM > gauge.warningM ? 0xc62828 : overtopColour, 0.9).fillRect(left, waterTop, width, bottom - waterTop);
  g.lineStyle(1.5 * px, 0x08306b, 1).strokeRect(left, bottom - height, width, height);
  g.lineStyle(2.5 * px, 0xc62828, 1).lineBetween(left - 3 * px, yOf(gauge.warningM), left + width + 3 * px, yOf(gauge.warningM));
}

export const floodOverlay: FactorOverlay<FloodReading> = {
  factor: 'flood',
  draw(g, reading, { at, unitsPerM, px }) {
    drawDepths(g, reading, unitsPerM);
    if (reading.gauge) drawGauge(g, at, reading.gauge, px);
    const { weakPoint } = reading;
    if (weakPoint.state === 'breached') drawBreach(g, at, Math.max(8 * px, (weakPoint.breachWidthM / 2) * unitsPerM), px);
    else if (weakPoint.state === 'overtopped') drawOvertopping(g, at, Math.max(8 * px, (weakPoint.lengthM / 2) * unitsPerM), px);
  },
};
