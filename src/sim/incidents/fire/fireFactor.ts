// 火 Fire: a grassland/forest fire spreading over the map's cells, or a building fire growing to flashover; the
// machine, the physics of each kind, and the actions players can take on them.
import { fireMachine } from '../../../machines/fireMachine.ts';
import type { FireInput } from '../../../machines/fireMachine.ts';
import { defineFactor } from '../factorDefinition.ts';
import { buildingSystem, initialBuildingFire } from './buildingSystem.ts';
import type { FirePhysics } from './firePhysics.ts';
import type { FireSpec } from './fireSpec.ts';
import { initialWildland, wildlandSystem } from './wildlandSystem.ts';

export const fireFactor = defineFactor<FireSpec, FirePhysics>({
  factor: 'fire',
  machine: fireMachine,
  machineInput: (spec, ctx): FireInput => ({
    kind: spec.kind, startS: ctx.state.timeS, smoulderS: spec.smoulderS, watchS: spec.watch.watchS, coldAfterS: spec.watch.coldAfterS,
  }),
  initialPhysics: (spec, ctx) => (spec.kind === 'wildland' ? initialWildland(spec, ctx) : initialBuildingFire(spec, ctx)),
  systems: [wildlandSystem, buildingSystem],
  actions: {
    /** A break around the threatened village (grass/forest fire), or between burning and next-door buildings: crews by
     *  hand, machines faster. A detached building has no next door to cut a break from. */
    cutFirebreak: { capabilities: ['fire', 'heavyLifting'], appliesTo: (spec) => spec.kind === 'wildland' || (spec.building?.neighbours.count ?? 0) > 0 },
    /** Get the occupants out of a burning building with the responders on scene. */
    evacuateBuilding: { capabilities: ['evacuation', 'fire', 'search', 'policing'], appliesTo: (spec) => spec.kind === 'building' },
    /** The command decides the watch is over (too early, and the remains may flare up). */
    endWatch: { capabilities: null },
  },
});
