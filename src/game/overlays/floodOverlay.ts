// 涝 overlay: water depth shaded on the map's cells (pale blue shallow → deep blue over 1.2 m), a mark at the
// embankment's weak point once the river overtops it or breaches it, and beside it a river gauge (水位尺) from the
// starting stage to the weak point's crest, with the warning level marked, filled to the stage now (red when over
// warning) — so the hall sees the river rise long before it spills.
import type Phaser from 'phaser';
import type { TownshipMap } from '../../sim/index.ts';
import { CELL_PX } from '../mapProjection.ts';
import type { FactorOverlay } from './factorOverlay.ts';

interface FloodReading {
  depthM: readonly unknown[];
  stageM: number | null;
  /** Water over the crest and through the breach at the last tick (m³/s). */
  spillM3s: number;
  breached: boolean;
}

/** Water shallower than this is not drawn; at and over `deepM` it is drawn deepest. */
const dryM = 0.05;
const deepM = 1.2;
/** Depth is drawn in this many shades, so that neighbouring cells of one shade merge into one rectangle. */
const shadeCount = 6;
const shallowColour = { r: 0xc6, g: 0xdb, b: 0xef };
const deepColour = { r: 0x08, g: 0x30, b: 0x6b };
const breachColour = 0x08306b;
const overtopColour = 0x2171b5;

function readPhysics(physics: unknown): FloodReading | null {
  if (typeof physics !== 'object' || physics === null) return null;
  const { water, spillM3s, breachAtS, river } = physics as Record<string, unknown>;
  if (typeof water !== 'object' || water === null) return null;
  const { depthM } = water as Record<string, unknown>;
  if (!Array.isArray(depthM)) return null;
  const stageM = typeof river === 'object' && river !== null && typeof (river as Record<string, unknown>).stageM === 'number' ? (river as { stageM: number }).stageM : null;
  return { depthM, stageM, spillM3s: typeof spillM3s === 'number' ? spillM3s : 0, breached: typeof breachAtS === 'number' };
}

/** The shade (0 … shadeCount − 1) of a depth, or −1 when the cell is (nearly) dry or unreadable. */
function shadeOf(depth: unknown): number {
  if (typeof depth !== 'number' || !(depth > dryM)) return -1;
  const share = Math.min(1, (depth - dryM) / (deepM - dryM));
  return Math.min(shadeCount - 1, Math.floor(share * shadeCount));
}

function shadeStyle(shade: number): { colour: number; alpha: number } {
  const t = shade / (shadeCount - 1);
  const mix = (a: number, b: number) => Math.round(a + (b - a) * t);
  const colour = (mix(shallowColour.r, deepColour.r) << 16) | (mix(shallowColour.g, deepColour.g) << 8) | mix(shallowColour.b, deepColour.b);
  return { colour, alpha: 0.35 + 0.35 * t };
}

/** Fills the wet cells, one rectangle per run of same-shade cells in a row. */
function drawDepths(g: Phaser.GameObjects.Graphics, map: TownshipMap, depthM: readonly unknown[]): void {
  const styles = Array.from({ length: shadeCount }, (_, s) => shadeStyle(s));
  const { widthCells, heightCells } = map;
  if (depthM.length < widthCells * heightCells) return;
  for (let row = 0; row < heightCells; row++) {
    let col = 0;
    while (col < widthCells) {
      const shade = shadeOf(depthM[row * widthCells + col]);
      let end = col + 1;
      while (end < widthCells && shadeOf(depthM[row * widthCells + end]) === shade) end++;
      if (shade >= 0) {
        const style = styles[shade]!;
        g.fillStyle(style.colour, style.alpha).fillRect(col * CELL_PX, row * CELL_PX, (end - col) * CELL_PX, CELL_PX);
      }
      col = end;
    }
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

interface GaugeLevels { lowM: number; warningM: number; crestM: number }

/** The river gauge: a white post, the warning level as a red tick, water up to the stage (red once over warning). */
function drawGauge(g: Phaser.GameObjects.Graphics, at: { x: number; y: number }, levels: GaugeLevels, stageM: number, px: number): void {
  const width = 8 * px;
  const height = 56 * px;
  const left = at.x + 18 * px;
  const bottom = at.y + height / 2;
  const span = Math.max(0.01, levels.crestM - levels.lowM);
  const yOf = (m: number) => bottom - height * Math.min(1, Math.max(0, (m - levels.lowM) / span));
  g.fillStyle(0xffffff, 0.9).fillRect(left, bottom - height, width, height);
  const waterTop = yOf(stageM);
  g.fillStyle(stageM > levels.warningM ? 0xc62828 : overtopColour, 0.9).fillRect(left, waterTop, width, bottom - waterTop);
  g.lineStyle(1.5 * px, 0x08306b, 1).strokeRect(left, bottom - height, width, height);
  g.lineStyle(2.5 * px, 0xc62828, 1).lineBetween(left - 3 * px, yOf(levels.warningM), left + width + 3 * px, yOf(levels.warningM));
}

export const floodOverlay: FactorOverlay = {
  factor: 'flood',
  draw(g, { map, spec, incident, at, unitsPerM, px }) {
    const reading = readPhysics(incident.physics);
    if (!reading || spec.factor !== 'flood') return;
    drawDepths(g, map, reading.depthM);
    const weak = spec.embankment.weakPoint;
    const radius = Math.max(8 * px, (weak.breachWidthM / 2) * unitsPerM);
    if (reading.stageM !== null) {
      const levels = { lowM: Math.min(spec.river.initialStageM, reading.stageM), warningM: spec.river.warningStageM, crestM: weak.crestElevationM };
      drawGauge(g, at, levels, reading.stageM, px);
    }
    if (reading.breached) drawBreach(g, at, radius, px);
    else if (reading.spillM3s > 0) drawOvertopping(g, at, Math.max(8 * px, (weak.lengthM / 2) * unitsPerM), px);
  },
};
