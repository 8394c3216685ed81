// The benchmarks' sanctioned entry into the core's internals: the hot loops `npm run bench` times one by one.
// Only src/cli/bench* may import it (lint); everything else goes through src/sim/index.ts.
export { CollapseSpec } from './incidents/collapse/collapseSpec.ts';
export type { Crew } from './incidents/collapse/rescueWork.ts';
export { rescueWork } from './incidents/collapse/rescueWork.ts';
export { trappedAtCollapse } from './incidents/collapse/trappedPeople.ts';
export { RandomStreams } from './random/RandomStreams.ts';
export type { CollisionPhysics } from './incidents/collision/collisionPhysics.ts';
export type { AgentGrid } from './models/agentGrid.ts';
export { createAgentGrid, indexAgents, indexSegments } from './models/agentGrid.ts';
export type { Drive, Pedestrians } from './models/socialForce.ts';
export { HFV2000, socialForceStep, stepScratch } from './models/socialForce.ts';
export { blastHarm } from './incidents/explosion/blastPhysics.ts';
export { Cell, fireGridOf } from './incidents/fire/fireGrid.ts';
export type { FireSpec } from './incidents/fire/fireSpec.ts';
export { drillSpreadTable, neighbourWindFactors, spreadGeneration } from './incidents/fire/spreadGeneration.ts';
export { floodGeometry } from './incidents/flood/floodGeometry.ts';
export type { FloodPhysics } from './incidents/flood/floodPhysics.ts';
export type { FloodSpec } from './incidents/flood/floodSpec.ts';
export { spreadWater } from './incidents/flood/inundation.ts';
export type { HeatPhysics } from './incidents/heat/heatPhysics.ts';
export type { HeatSpec } from './incidents/heat/heatSpec.ts';
export { heatHour } from './incidents/heat/heatWeather.ts';
export { housePoints, outdoorPpm, plumeNow } from './incidents/poisoning/releasePlume.ts';
export type { PoisoningSpec } from './incidents/poisoning/poisoningSpec.ts';
export { HFV2000_REFERENCE } from './models/socialForce.ts';
export { spreadTable } from './incidents/fire/spreadTable.ts';
export type { Direction, SpreadTable } from './incidents/fire/spreadTable.ts';
