// 火 reading: a grass or forest fire's burning, burnt and firebreak cells; a building fire's stage as a ring whose
// radius grows with the neighbouring buildings alight.
import { Cell } from '../incidents/fire/fireGrid.ts';
import type { FireSpec } from '../incidents/fire/fireSpec.ts';
import type { BuildingPhysics } from '../incidents/fire/buildingFire.ts';
import type { WildlandPhysics } from '../incidents/fire/wildlandPhysics.ts';
import type { CellGrid, ReadingInput } from './readingInput.ts';
import { cellGridOf } from './readingInput.ts';

export type BuildingFireStage = 'growing' | 'flashover' | 'fullyDeveloped' | 'burntOut';

export type FireReading =
  | {
    factor: 'fire'; incident: string; kind: 'wildland'; grid: CellGrid;
    /** Cell indexes of the map grid, ascending, by what the cell is now. */
    burningCells: number[]; burntCells: number[]; firebreakCells: number[];
  }
  | { factor: 'fire'; incident: string; kind: 'building'; stage: BuildingFireStage; radiusM: number };

/** Seconds after flashover during which the stage is "flashover" rather than "fully developed". */
const flashoverShowS = 60;
/** The ring: the building itself, and this much more for each neighbour burning (m). */
const buildingRadiusM = 15;
const perNeighbourM = 10;

function wildlandReading(incident: string, world: ReadingInput['world'], physics: WildlandPhysics): FireReading {
  const burningCells: number[] = [];
  const burntCells: number[] = [];
  const firebreakCells: number[] = [];
  physics.cells.forEach((cell, i) => {
    if (cell === Cell.burning) burningCells.push(i);
    else if (cell === Cell.burnt) burntCells.push(i);
    else if (cell === Cell.firebreak) firebreakCells.push(i);
  });
  return { factor: 'fire', incident, kind: 'wildland', grid: cellGridOf(world), burningCells, burntCells, firebreakCells };
}

function buildingStage(physics: BuildingPhysics): BuildingFireStage | null {
  if (!physics.flaming) return physics.flashedOver ? 'burntOut' : null;
  if (!physics.flashedOver) return 'growing';
  return physics.fullyDevelopedS < flashoverShowS ? 'flashover' : 'fullyDeveloped';
}

/** The fire's cells or ring now; null before the physics has started. */
export function fireReading({ world, incident }: ReadingInput<FireSpec>): FireReading | null {
  const physics = incident.physics;
  if (!physics) return null;
  if (physics.kind === 'wildland') return wildlandReading(incident.id, world, physics);
  const stage = buildingStage(physics);
  if (stage === null) return null;
  return { factor: 'fire', incident: incident.id, kind: 'building', stage, radiusM: buildingRadiusM + perNeighbourM * physics.neighboursBurning };
}
