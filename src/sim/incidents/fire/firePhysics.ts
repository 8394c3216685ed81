// A fire's physics state, by kind: the cells of a grassland/forest fire or the heat release of a building fire.
import type { BuildingPhysics } from './buildingFire.ts';
import type { WildlandPhysics } from './wildlandPhysics.ts';

export type FirePhysics = WildlandPhysics | BuildingPhysics;
