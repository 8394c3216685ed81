// What a factor's reading function reads: the static world, the incident as the scenario declares it, the incident's
// state now and where it is. Readings are derived from these alone (never saved, never part of the state hash).
import type { IncidentOfFactor } from '../incidents/incidentState.ts';
import type { Incident } from '../scenario/incidentSchema.ts';
import type { PointM } from '../world/townshipMap.ts';
import type { World } from '../world/world.ts';

export interface ReadingInput<Spec extends Incident = Incident> {
  world: World;
  spec: Spec;
  /** The incident's state, typed by its factor: its own physics and machine context. */
  incident: IncidentOfFactor<Spec['factor']>;
  /** The incident's place on the map, in metres. */
  at: PointM;
}

/** A map grid that cell indexes refer to (row-major, `widthCells` per row). */
export interface CellGrid { widthCells: number; cellSizeM: number }

export const cellGridOf = (world: World): CellGrid => ({ widthCells: world.drill.map.widthCells, cellSizeM: world.drill.map.cellSizeM });

/** Rounds to centimetres, so a reading's JSON stays short (readings are drawn, never computed with). */
export const toCm = (m: number): number => Math.round(m * 100) / 100;
