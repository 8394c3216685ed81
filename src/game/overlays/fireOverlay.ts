// 火 overlay: a grass/forest fire's burning, burnt and firebreak cells; a building fire as a ring by its stage.
import type Phaser from 'phaser';
import { Cell } from '../../sim/index.ts';
import type { TownshipMap } from '../../sim/index.ts';
import type { FactorOverlay } from './factorOverlay.ts';

type BuildingStage = 'growing' | 'flashover' | 'fullyDeveloped' | 'burntOut';

interface CellStyle { fill: number; fillAlpha: number; line?: number }

/** How each drawn cell state looks: flame bright orange-red, burnt ground dark grey-brown, breaks khaki-outlined. */
const cellStyles: ReadonlyMap<number, CellStyle> = new Map<number, CellStyle>([
  [Cell.burnt, { fill: 0x4a3f35, fillAlpha: 0.45 }],
  [Cell.firebreak, { fill: 0xbdb76b, fillAlpha: 0.2, line: 0x8f8a3c }],
  [Cell.burning, { fill: 0xf0501e, fillAlpha: 0.6 }],
]);

const stageColours: Readonly<Record<BuildingStage, number>> = {
  growing: 0xf2a20c, flashover: 0xe03c14, fullyDeveloped: 0x9e1a0e, burntOut: 0x4a3f35,
};

/** Seconds after flashover during which the ring shows "flashover" rather than "fully developed". */
const flashoverShowS = 60;

function asRecord(physics: unknown): Record<string, unknown> | null {
  return typeof physics === 'object' && physics !== null ? (physics as Record<string, unknown>) : null;
}

/** The wildland cell array, when it is a whole map's worth of numbers. */
function readCells(p: Record<string, unknown>, map: TownshipMap): readonly number[] | null {
  const cells: unknown = p.cells;
  if (!Array.isArray(cells) || cells.length !== map.widthCells * map.heightCells) return null;
  const list = cells as unknown[];
  return list.every((c): c is number => typeof c === 'number') ? list : null;
}

function readStage(p: Record<string, unknown>): { stage: BuildingStage; neighbours: number } | null {
  const { flaming, flashedOver, fullyDevelopedS, neighboursBurning } = p;
  if (typeof flaming !== 'boolean' || typeof flashedOver !== 'boolean') return null;
  const neighbours = typeof neighboursBurning === 'number' ? neighboursBurning : 0;
  if (!flaming) return flashedOver ? { stage: 'burntOut', neighbours } : null;
  if (!flashedOver) return { stage: 'growing', neighbours };
  const developedS = typeof fullyDevelopedS === 'number' ? fullyDevelopedS : 0;
  return { stage: developedS < flashoverShowS ? 'flashover' : 'fullyDeveloped', neighbours };
}

/** Draws one row's runs of cells in `state` as one rectangle each. */
function drawRow(g: Phaser.GameObjects.Graphics, cells: readonly number[], row: number, width: number, cellW: number, state: number): void {
  let start = -1;
  for (let x = 0; x <= width; x++) {
    const inRun = x < width && cells[row * width + x] === state;
    if (inRun && start < 0) start = x;
    if (inRun || start < 0) continue;
    const style = cellStyles.get(state)!;
    g.fillStyle(style.fill, style.fillAlpha).fillRect(start * cellW, row * cellW, (x - start) * cellW, cellW);
    if (style.line !== undefined) g.strokeRect(start * cellW, row * cellW, (x - start) * cellW, cellW);
    start = -1;
  }
}

function drawCells(g: Phaser.GameObjects.Graphics, cells: readonly number[], map: TownshipMap, cellW: number, px: number): void {
  for (const [state, style] of cellStyles) {
    if (style.line !== undefined) g.lineStyle(1.5 * px, style.line, 0.9);
    for (let row = 0; row < map.heightCells; row++) drawRow(g, cells, row, map.widthCells, cellW, state);
  }
}

export const fireOverlay: FactorOverlay = {
  factor: 'fire',
  draw(g, { map, incident, at, unitsPerM, px }) {
    const p = asRecord(incident.physics);
    if (!p) return;
    if (p.kind === 'wildland') {
      const cells = readCells(p, map);
      if (cells) drawCells(g, cells, map, map.cellSizeM * unitsPerM, px);
      return;
    }
    if (p.kind !== 'building') return;
    const reading = readStage(p);
    if (!reading) return;
    const colour = stageColours[reading.stage];
    const radius = Math.max((15 + 10 * reading.neighbours) * unitsPerM, 8 * px);
    g.fillStyle(colour, 0.18).fillCircle(at.x, at.y, radius);
    g.lineStyle(2.5 * px, colour, 0.9).strokeCircle(at.x, at.y, radius);
  },
};
