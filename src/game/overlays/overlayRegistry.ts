// The hazard overlay of each disaster factor, in one compile-checked table: a reading of a factor without an overlay
// fails the typecheck. To change how a factor looks, edit src/game/overlays/<factor>Overlay.ts; what it shows comes
// from the core's reading (src/sim/readings). Every incident also gets the generic marker (factor icon, phase,
// casualties) from IncidentLayer.
import type Phaser from 'phaser';
import type { IncidentReading } from '../../sim/index.ts';
import { collapseOverlay } from './collapseOverlay.ts';
import { collisionOverlay } from './collisionOverlay.ts';
import { crowdOverlay } from './crowdOverlay.ts';
import { explosionOverlay } from './explosionOverlay.ts';
import { fireOverlay } from './fireOverlay.ts';
import { floodOverlay } from './floodOverlay.ts';
import { heatOverlay } from './heatOverlay.ts';
import { poisoningOverlay } from './poisoningOverlay.ts';
import type { FactorOverlay, OverlayPlacement } from './factorOverlay.ts';

type Factor = IncidentReading['factor'];

export const factorOverlays: { readonly [F in Factor]: FactorOverlay<Extract<IncidentReading, { factor: F }>> } = {
  fire: fireOverlay, explosion: explosionOverlay, collision: collisionOverlay, collapse: collapseOverlay,
  flood: floodOverlay, crowd: crowdOverlay, poisoning: poisoningOverlay, heat: heatOverlay,
};

/** Draws one incident's reading with its factor's overlay. */
export function drawReading(g: Phaser.GameObjects.Graphics, reading: IncidentReading, placement: OverlayPlacement): void {
  (factorOverlays[reading.factor] as FactorOverlay).draw(g, reading, placement);
}
