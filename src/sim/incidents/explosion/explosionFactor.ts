// 爆 Explosion: a gas leak's machine, physics and the actions players can take on it.
import { explosionMachine } from '../../../machines/explosionMachine.ts';
import { defineFactor } from '../factorDefinition.ts';
import type { ExplosionSpec } from './explosionSpec.ts';
import type { ExplosionPhysics } from './explosionPhysics.ts';
import { explosionSystem } from './explosionSystem.ts';

export const explosionFactor = defineFactor<ExplosionSpec, ExplosionPhysics>({
  factor: 'explosion',
  machine: explosionMachine,
  machineInput: (spec) => ({ searchS: spec.searchS }),
  initialPhysics: () => ({ cloudKg: 0, releasedKg: 0, sourceShare: 1, tntKg: null, peakKpa: null }),
  systems: [explosionSystem],
  actions: {
    closeValve: { capabilities: ['gasShutoff'] },
    ventilate: { capabilities: ['fire', 'gasShutoff', 'hazmat'] },
    evacuateSite: { capabilities: ['evacuation', 'policing'] },
    cordon: { capabilities: ['policing', 'trafficControl'] },
    cutPower: { capabilities: ['powerCutoff'] },
    declareSafe: { capabilities: ['search'] },
  },
});
