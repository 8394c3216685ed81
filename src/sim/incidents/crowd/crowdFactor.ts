// 挤 Crowd crush: a dense crowd's machine, its social-force physics and the actions players can take on it.
import { crowdMachine } from '../../../machines/crowdMachine.ts';
import { defineFactor } from '../factorDefinition.ts';
import type { CrowdPhysics } from './crowdPhysics.ts';
import { initialCrowdPhysics } from './initialCrowdPhysics.ts';
import type { CrowdSpec } from './crowdSpec.ts';
import { crowdSystem } from './crowdSystem.ts';

export const crowdFactor = defineFactor<CrowdSpec, CrowdPhysics>({
  factor: 'crowd',
  machine: crowdMachine,
  machineInput: (spec) => ({ denseDensityPerM2: spec.densityPerM2.dense, criticalDensityPerM2: spec.densityPerM2.critical, clearHoldS: spec.clearHoldS }),
  initialPhysics: initialCrowdPhysics,
  systems: [crowdSystem],
  actions: {
    stopInflow: { capabilities: ['crowdControl', 'policing'] },
    openExit: { capabilities: ['crowdControl'] },
    oneWayFlow: { capabilities: ['crowdControl', 'policing'] },
    deployStewards: { capabilities: ['crowdControl'] },
    broadcast: { capabilities: null },
  },
});
