// 火 overlay: a grass/forest fire's burning, burnt and firebreak cells; a building fire as a ring by its stage.
import type Phaser from 'phaser';
import type { FireReading } from '../../sim/index.ts';
import { cellRuns } from './cellRuns.ts';
import type { FactorOverlay } from './factorOverlay.ts';

interface CellStyle { fill: number; fillAlpha: number; line?: number }

type WildlandReading = Extract<FireReading, { kind: 'wildland' }>;
type BuildingReading = Extract<FireReading, { kind: 'building' }>;

/** How each drawn cell list looks, in drawing order: burnt ground dark grey-brown, breaks khaki-outlined, flame orange-red. */
const cellStyles: readonly { cells: (r: WildlandReading) => readonly number[]; style: CellStyle }[] = [
  { cells: (r) => r.burntCells, style: { fill: 0x4a3f35, fillAlpha: 0.45 } },
  { cells: (r) => r.firebreakCells, style: { fill: 0xbdb76b, fillAlpha: 0.2, line: 0x8f8a3c } },
  { cells: (r) => r.burningCells, style: { fill: 0xf0501e, fillAlpha: 0.6 } },
];

const stageColours: Readonly<Record<BuildingReading['stage'], number>> = {
  growing: 0xf2a20c, flashover: 0xe03c14, fullyDeveloped: 0x9e1a0e, burntOut: 0x4a3f35,
};

function drawCells(g: Phaser.GameObjects.Graphics, reading: WildlandReading, unitsPerM: number, px: number): void {
  const cellW = reading.grid.cellSizeM * unitsPerM;
  for (const { cells, style } of cellStyles) {
    if (style.line !== undefined) g.lineStyle(1.5 * px, style.line, 0.9);
    for (const run of cellRuns(cells(reading), reading.grid.widthCells)) {
      g.fillStyle(style.fill, style.fillAlpha).fillRect(run.col * cellW, run.row * cellW, run.cols * cellW, cellW);
      if (style.line !== undefined) g.strokeRect(run.col * cellW, run.row * cellW, run.cols * cellW, cellW);
    }
  }
}

export const fireOverlay: FactorOverlay<FireReading> = {
  factor: 'fire',
  draw(g, reading, { at, unitsPerM, px }) {
    if (reading.kind === 'wildland') return drawCells(g, reading, unitsPerM, px);
    const colour = stageColours[reading.stage];
    const radius = Math.max(reading.radiusM * unitsPerM, 8 * px);
    g.fillStyle(colour, 0.18).fillCircle(at.x, at.y, radius);
    g.lineStyle(2.5 * px, colour, 0.9).strokeCircle(at.x, at.y, radius);
  },
};
