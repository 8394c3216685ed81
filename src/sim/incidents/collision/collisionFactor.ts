// 撞 Collision: a road crash's machine, its casualties' physics and the actions players can take at the scene.
import { collisionMachine } from '../../../machines/collisionMachine.ts';
import { defineFactor } from '../factorDefinition.ts';
import type { CollisionSpec } from './collisionSpec.ts';
import type { Patient } from './crashPatients.ts';
import { vehicleCasualties } from './crashPatients.ts';
import { resolveCrashSite } from './crashSite.ts';
import type { CollisionPhysics } from './collisionPhysics.ts';
import { collisionSystem } from './collisionSystem.ts';

export const collisionFactor = defineFactor<CollisionSpec, CollisionPhysics>({
  factor: 'collision',
  machine: collisionMachine,
  machineInput: () => ({}),
  initialPhysics: (spec, ctx) => {
    const draw = () => ctx.random.next('collision');
    const patients: Patient[] = [];
    for (const vehicle of spec.vehicles) patients.push(...vehicleCasualties(vehicle, { firstId: patients.length + 1, collision: 1, draw }));
    return {
      site: resolveCrashSite(ctx, spec), patients, trips: [], triageCarry: 0, secondCollisionCount: 0,
      recorded: { deadCount: 0, injuredCount: 0, seriousInjuredCount: 0 },
    };
  },
  systems: [collisionSystem],
  actions: {
    secureScene: { capabilities: ['trafficControl', 'policing'] },
    triage: { capabilities: ['medical'] },
    transportRedFirst: { capabilities: ['medical'] },
    extricate: { capabilities: ['fire', 'heavyLifting'] },
    clearScene: { capabilities: ['trafficControl', 'policing', 'heavyLifting'] },
  },
});
