// The contract of a factor's hazard overlay: given one incident's spec and state, draw its physics on the map
// (fire cells, blast rings, plume contours, flood depth …) under the incident markers. Drawing only: an overlay
// reads the snapshot and never changes it.
import type Phaser from 'phaser';
import type { TownshipMap } from '../../sim/index.ts';
import type { Weather } from '../../sim/index.ts';
import type { ScenarioIncident } from '../incidentPoint.ts';
import type { WorldPoint } from '../mapProjection.ts';
import type { IncidentSnapshot } from '../tabletopView.ts';

export interface OverlayContext {
  map: TownshipMap;
  /** The incident as the scenario declares it (its factor's spec), and as the drill now has it. */
  spec: ScenarioIncident;
  incident: IncidentSnapshot;
  /** The incident's place, in world units. */
  at: WorldPoint;
  /** World units per metre of the map. */
  unitsPerM: number;
  /** World units per screen pixel at the current zoom: line widths multiply by it to stay the same on screen. */
  px: number;
  /** The scenario's weather (the wind a plume follows). */
  weather?: Weather;
}

export interface FactorOverlay {
  factor: string;
  /** Draws into `g`, which is cleared before every redraw of all incidents. */
  draw(g: Phaser.GameObjects.Graphics, context: OverlayContext): void;
}
