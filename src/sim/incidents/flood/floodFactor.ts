// 涝 Flood: a rainstorm on the river, its embankment's weak point, and the actions players can take on it.
import { floodMachine } from '../../../machines/floodMachine.ts';
import { defineFactor } from '../factorDefinition.ts';
import type { FloodPhysics } from './floodPhysics.ts';
import { initialFloodPhysics } from './initialFloodPhysics.ts';
import type { FloodSpec } from './floodSpec.ts';
import { floodSystem } from './floodSystem.ts';

export const floodFactor = defineFactor<FloodSpec, FloodPhysics>({
  factor: 'flood',
  machine: floodMachine,
  machineInput: (spec) => ({ warningStageM: spec.river.warningStageM, alertSignal: spec.alertSignal, recoveredDepthM: spec.recoveredDepthM }),
  initialPhysics: initialFloodPhysics,
  systems: [floodSystem],
  actions: {
    /** Fill and lay sandbags at the weak point: a ring well around seepage, then a sub-levee on the crest. */
    sandbag: { capabilities: ['evacuation', 'transport'] },
    /** Work the pumping station and the unit's own pumps to drain the low ground. */
    pump: { capabilities: ['pumping'] },
    /** Walk the dike to find seepage and piping early (巡堤查险). */
    patrolDike: { capabilities: ['search'] },
  },
});
