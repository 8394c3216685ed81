// A poisoning's physics state, by kind: a toxic release's plume and exposures, a food outbreak's cases, CO in homes.
import type { CoPhysics } from './coSystem.ts';
import type { FoodPhysics } from './foodSystem.ts';
import type { ReleasePhysics } from './releaseSystem.ts';

export type PoisoningPhysics = ReleasePhysics | FoodPhysics | CoPhysics;
