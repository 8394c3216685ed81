// 毒 Poisoning: a toxic release, a food-poisoning outbreak or carbon monoxide in homes — one machine, the physics
// of each kind, and the actions players can take. Sheltering in place is ordered with a warning (issueWarning)
// to the villages: every village warned after a release begins keeps its people indoors, doors and windows shut.
import { poisoningMachine } from '../../../machines/poisoningMachine.ts';
import type { PoisoningInput } from '../../../machines/poisoningMachine.ts';
import { defineFactor } from '../factorDefinition.ts';
import { checkCapabilities, coSystem, initialCoPhysics } from './coSystem.ts';
import { foodSystem, initialFoodPhysics } from './foodSystem.ts';
import type { PoisoningPhysics } from './poisoningPhysics.ts';
import type { PoisoningSpec } from './poisoningSpec.ts';
import { initialReleasePhysics, releaseSystem } from './releaseSystem.ts';

export const poisoningFactor = defineFactor<PoisoningSpec, PoisoningPhysics>({
  factor: 'poisoning',
  machine: poisoningMachine,
  machineInput: (spec): PoisoningInput => ({ kind: spec.kind, isolationWorkS: spec.kind === 'toxicRelease' ? spec.release.isolationWorkS : 0 }),
  initialPhysics: (spec, ctx) => {
    if (spec.kind === 'toxicRelease') return initialReleasePhysics(ctx);
    if (spec.kind === 'foodPoisoning') return initialFoodPhysics();
    return initialCoPhysics(spec, ctx);
  },
  systems: [releaseSystem, foodSystem, coSystem],
  actions: {
    /** A hazmat crew in breathing apparatus plugs the leak or shuts the valve (toxic release). */
    isolateSource: { capabilities: ['hazmat'], appliesTo: (spec) => spec.kind === 'toxicRelease' },
    /** Police, traffic police or hazmat mark the hot zone and put responders upwind (toxic release). */
    cordon: { capabilities: ['policing', 'trafficControl', 'hazmat'], appliesTo: (spec) => spec.kind === 'toxicRelease' },
    /** The command post (or any team) declares the all-clear once the air is clean (toxic release). */
    declareAllClear: { capabilities: null, appliesTo: (spec) => spec.kind === 'toxicRelease' },
    /** Market regulation's inspectors (search) or the clinic (medical) trace the suspect dish and seal it (food). */
    sealFood: { capabilities: ['search', 'medical'], appliesTo: (spec) => spec.kind === 'foodPoisoning' },
    /** Village cadres, militia and volunteers knock on every coal-heated home (carbon monoxide). */
    doorToDoorChecks: { capabilities: checkCapabilities, appliesTo: (spec) => spec.kind === 'carbonMonoxide' },
  },
  /** Residents warned after a toxic release begins stay indoors (releaseSystem): the right call under a passing plume. */
  sheltersInPlace: (spec) => spec.kind === 'toxicRelease',
});
