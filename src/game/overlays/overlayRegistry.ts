// The hazard overlay of each disaster factor, in one list. To add a factor's overlay, write one file,
// src/game/overlays/<factor>Overlay.ts, exporting a FactorOverlay (see factorOverlay.ts and explosionOverlay.ts),
// and list it here. Every incident also gets the generic marker (factor icon, phase, casualties) from IncidentLayer,
// so a factor without an overlay yet is still shown where it is and how it stands.
import { collapseOverlay } from './collapseOverlay.ts';
import { collisionOverlay } from './collisionOverlay.ts';
import { crowdOverlay } from './crowdOverlay.ts';
import { explosionOverlay } from './explosionOverlay.ts';
import { fireOverlay } from './fireOverlay.ts';
import { floodOverlay } from './floodOverlay.ts';
import { heatOverlay } from './heatOverlay.ts';
import { poisoningOverlay } from './poisoningOverlay.ts';
import type { FactorOverlay } from './factorOverlay.ts';

export const factorOverlays: readonly FactorOverlay[] = [
  fireOverlay, explosionOverlay, collisionOverlay, collapseOverlay, floodOverlay, crowdOverlay, poisoningOverlay, heatOverlay,
];

const byFactor = new Map(factorOverlays.map((o) => [o.factor, o]));

export function overlayFor(factor: string): FactorOverlay | undefined {
  return byFactor.get(factor);
}
