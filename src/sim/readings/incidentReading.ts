// A map reading of one incident: what its hazard looks like on the map now (fire cells, plume bands, water depth,
// crowd density, blast rings …), typed per factor and told apart by `factor`. Derived from the physics by the
// factor's pure reading function (readingRegistry.ts), never saved: a screen draws it and never recomputes it.
import type { ExplosionReading } from './blastReading.ts';
import type { CollapseReading } from './collapseReading.ts';
import type { CollisionReading } from './collisionReading.ts';
import type { CrowdReading } from './crowdReading.ts';
import type { FireReading } from './fireReading.ts';
import type { FloodReading } from './floodReading.ts';
import type { HeatReading } from './heatReading.ts';
import type { PoisoningReading } from './plumeReading.ts';

export type IncidentReading =
  | FireReading | ExplosionReading | CollisionReading | CollapseReading | FloodReading | CrowdReading | PoisoningReading | HeatReading;

export type { ExplosionReading, CollapseReading, CollisionReading, CrowdReading, FireReading, FloodReading, HeatReading, PoisoningReading };
