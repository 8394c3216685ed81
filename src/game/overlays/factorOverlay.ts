// The contract of a factor's hazard overlay: given one incident's map reading — computed in the core
// (src/sim/readings), never here — draw it on the map (fire cells, blast rings, plume bands, flood depth …) under the
// incident markers. Drawing only: an overlay draws what the reading holds and nothing else.
import type Phaser from 'phaser';
import type { IncidentReading } from '../../sim/index.ts';
import type { WorldPoint } from '../mapProjection.ts';

/** Where and how large to draw. */
export interface OverlayPlacement {
  /** The incident's place, in world units. */
  at: WorldPoint;
  /** World units per metre of the map. */
  unitsPerM: number;
  /** World units per screen pixel at the current zoom: line widths multiply by it to stay the same on screen. */
  px: number;
}

export interface FactorOverlay<R extends IncidentReading = IncidentReading> {
  factor: R['factor'];
  /** Draws into `g`, which is cleared before every redraw of all incidents. */
  draw(g: Phaser.GameObjects.Graphics, reading: R, placement: OverlayPlacement): void;
}
