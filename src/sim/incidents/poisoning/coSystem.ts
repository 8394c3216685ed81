// 毒 carbon monoxide in coal-heated homes every minute: COHb climbs in each poisoned home (Coburn–Forster–Kane)
// until door-to-door checks or dawn find it; the found are treated by severity, those past the lethal level die.
import { cfkCohbPct, restingAdultCfk } from '../../models/coUptake.ts';
import type { CfkParameters } from '../../models/coUptake.ts';
import { standardNormalQuantile } from '../../models/incubation.ts';
import type { SimContext } from '../../simContext.ts';
import type { System } from '../../systems/system.ts';
import { activeIncidents, sendToIncident } from '../incidentHost.ts';
import type { ActiveIncident } from '../incidentState.ts';
import type { CarbonMonoxideSpec } from './carbonMonoxideSpec.ts';
import { careStep, crewAtIncident, noPatients, recordToll } from './patientCare.ts';
import type { CarbonMonoxidePoisoningSpec } from './poisoningSpec.ts';
import { detMath } from '../../math/detMath.ts';
import type { CoPhysics } from './poisoningPhysics.ts';

/** A poisoned home: still breathing CO unfound, found (and ventilated), or dead — found or not yet. */
export const homeStatus = { exposed: 0, found: 1, deadUnfound: 2, deadFound: 3 } as const;

/** Units that can knock on doors: the villages' cadres, militia and volunteers, police, rescue teams. */
export const checkCapabilities = ['search', 'evacuation'] as const;
const cadenceS = 60;

const cfkOf = (co: CarbonMonoxideSpec): CfkParameters => ({ ...restingAdultCfk, alveolarVentilationLMin: co.alveolarVentilationLMin });

/** The poisoned homes as the incident starts: CO drawn log-normal, COHb from the hours already breathed. */
export function initialCoPhysics(spec: CarbonMonoxidePoisoningSpec, ctx: SimContext): CoPhysics {
  const co = spec.carbonMonoxide;
  const ppm = Array.from({ length: co.householdsAtRiskCount }, () => {
    const u = Math.min(Math.max(ctx.random.next('poisoning'), 1e-12), 1 - 1e-12);
    return co.medianPpm * detMath.pow(co.ppmDispersion, standardNormalQuantile(u));
  });
  const cohbPct = ppm.map((c) => cfkCohbPct({ cohbPct: 0.5, ambientPpm: c, minutes: co.exposedBeforeStartS / 60, params: cfkOf(co) }));
  const place = 'place' in spec.at ? spec.at.place : null;
  const village = ctx.world.drill.map.villages.find((v) => v.id === place);
  return {
    kind: 'carbonMonoxide', ppm, cohbPct, status: ppm.map(() => homeStatus.exposed),
    uncheckedCount: Math.max(co.householdsToCheckCount ?? village?.households ?? co.householdsAtRiskCount, co.householdsAtRiskCount),
    checkCarry: 0, dawnPassed: false, poisonedCount: 0, severeCount: 0, deadAtHomeCount: 0, care: noPatients(),
  };
}

/** Finds home `k`: its people leave the CO and are counted by how poisoned they are; returns the severe among them. */
function find(co: CarbonMonoxideSpec, physics: CoPhysics, k: number): number {
  if (physics.status[k] === homeStatus.deadUnfound) { physics.status[k] = homeStatus.deadFound; return 0; }
  physics.status[k] = homeStatus.found;
  if (physics.cohbPct[k]! >= co.cohbPct.injured) physics.poisonedCount += co.peoplePerHousehold;
  if (physics.cohbPct[k]! < co.cohbPct.severe) return 0;
  physics.severeCount += co.peoplePerHousehold;
  return co.peoplePerHousehold;
}

const unfound = (physics: CoPhysics) => physics.status.flatMap((s, k) => (s === homeStatus.exposed || s === homeStatus.deadUnfound ? [k] : []));

/** Each check visits one unchecked home at random; it is a poisoned one with chance unfound ÷ unchecked. */
function doChecks(ctx: SimContext, co: CarbonMonoxideSpec, physics: CoPhysics, incident: ActiveIncident<'poisoning'>): number {
  const crew = crewAtIncident(ctx, incident.id, checkCapabilities);
  const capacity = (crew * co.checksPerCrewPerHour * cadenceS) / 3600 + physics.checkCarry;
  const checks = Math.floor(capacity);
  physics.checkCarry = capacity - checks;
  let severe = 0;
  for (let i = 0; i < checks && physics.uncheckedCount > 0; i++) {
    const left = unfound(physics);
    if (ctx.random.next('poisoning') < left.length / physics.uncheckedCount) severe += find(co, physics, left[Math.floor(ctx.random.next('poisoning') * left.length)]!);
    physics.uncheckedCount -= 1;
  }
  return severe;
}

function breathe(co: CarbonMonoxideSpec, physics: CoPhysics): void {
  physics.status.forEach((s, k) => {
    if (s !== homeStatus.exposed) return;
    const cohbPct = cfkCohbPct({ cohbPct: physics.cohbPct[k]!, ambientPpm: physics.ppm[k]!, minutes: cadenceS / 60, params: cfkOf(co) });
    physics.cohbPct[k] = cohbPct;
    if (cohbPct >= co.cohbPct.lethal) {
      physics.status[k] = homeStatus.deadUnfound;
      physics.deadAtHomeCount += co.peoplePerHousehold;
    }
  });
}

export const coSystem: System = {
  name: 'poisoning.carbonMonoxide',
  cadenceS,
  run(ctx) {
    for (const { spec, incident } of activeIncidents(ctx, 'poisoning')) {
      const { physics } = incident;
      if (spec.kind !== 'carbonMonoxide' || physics.kind !== 'carbonMonoxide') continue;
      const co = spec.carbonMonoxide;
      breathe(co, physics);
      let newSevereCount = incident.machine.context.checksStartedS !== null ? doChecks(ctx, co, physics, incident) : 0;
      if (!physics.dawnPassed && ctx.state.timeS - incident.startedS! >= co.dawnAfterS) {
        physics.dawnPassed = true;
        for (const k of unfound(physics)) newSevereCount += find(co, physics, k);
      }
      const care = physics.care;
      careStep(ctx, care, spec.care, { incident: incident.id, newSevereCount, dtS: cadenceS });
      const unfoundCount = unfound(physics).length;
      recordToll(ctx, incident, care, {
        deadCount: physics.deadAtHomeCount + care.deadCount, injuredCount: physics.poisonedCount - care.deadCount, seriousInjuredCount: physics.severeCount - care.deadCount,
      }, unfoundCount === 0 && care.waitingCount === 0);
      sendToIncident(ctx, incident, { type: 'clock.tick', timeS: ctx.state.timeS, waitingCount: care.waitingCount, unfoundCount, dawn: physics.dawnPassed });
    }
  },
};
