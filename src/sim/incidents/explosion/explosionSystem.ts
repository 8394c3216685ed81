// 爆 physics every 10 s: the cloud grows while the valve is open and thins with time (faster when ventilated);
// ignition is rolled against the sources still present; at the blast, everyone still in reach is harmed.
import type { ExplosionContext } from '../../../machines/explosionMachine.ts';
import type { SimContext } from '../../simContext.ts';
import { distanceM } from '../../world/roadGraph.ts';
import type { System } from '../../systems/system.ts';
import { unitsAtIncident } from '../../units/incidentPresence.ts';
import { activeIncidents, incidentLocation, recordCasualties, recordLoss, sendToIncident } from '../incidentHost.ts';
import type { ActiveIncident } from '../incidentState.ts';
import { blastHarm, heatOfCombustionMjKg, ignitionProbability, nextCloudKg, tntEquivalentKg, villageHarm } from './blastPhysics.ts';
import type { ExplosionSpec } from './explosionSpec.ts';
import type { ExplosionPhysics } from './explosionPhysics.ts';

const cadenceS = 10;
/** Villages whose centres are this close count among the ignition sources around the cloud. */
const sourceReachM = 500;

function villagesNear(ctx: SimContext, spec: ExplosionSpec, reachM: number) {
  const at = incidentLocation(ctx, spec);
  return ctx.world.drill.map.villages
    .map((v, i) => ({ def: v, state: ctx.state.villages[i]!, distanceM: distanceM(v.at, at) }))
    .filter((v) => v.distanceM <= reachM);
}

/** Share of the usual ignition sources still there: people (with their phones, switches, stoves) and fixed ones. */
function ignitionSourceShare(ctx: SimContext, spec: ExplosionSpec, machine: ExplosionContext): number {
  const near = villagesNear(ctx, spec, sourceReachM);
  const initial = spec.siteOccupants + near.reduce((n, v) => n + v.def.population, 0);
  const present = (machine.siteEvacuated ? 0 : spec.siteOccupants) + near.reduce((n, v) => n + v.state.atHomeCount + v.state.atHomeVulnerableCount, 0);
  const fixed = machine.powerCut ? 0.05 : 0.2;
  return fixed + (1 - fixed) * (initial > 0 ? present / initial : 0);
}

function strike(ctx: SimContext, spec: ExplosionSpec, incident: ActiveIncident<'explosion'>, physics: ExplosionPhysics): void {
  const machine = incident.machine.context;
  const heatMjKg = spec.gas === 'other' ? spec.heatOfCombustionMjKg! : heatOfCombustionMjKg[spec.gas];
  const tntKg = tntEquivalentKg(physics.cloudKg, heatMjKg, spec.yieldFraction);
  const siteHarm = blastHarm(tntKg, spec.siteDistanceM);
  const groups: { count: number; harm: ReturnType<typeof blastHarm> }[] = [];
  if (!machine.siteEvacuated) groups.push({ count: spec.siteOccupants, harm: siteHarm });
  let damageYuan = siteHarm.structuralDamageProbability * spec.siteBuildingValueYuan;
  const standoffM = machine.cordoned ? spec.standoffM.withCordon : spec.standoffM.withoutCordon;
  const crews = unitsAtIncident(ctx, incident.id).reduce((n, u) => n + ctx.world.units.get(u.id)!.crewCount, 0);
  groups.push({ count: crews, harm: blastHarm(tntKg, standoffM) });
  for (const v of villagesNear(ctx, spec, 5000)) {
    const harm = villageHarm(tntKg, v.distanceM, spec.nearbyVillageRadiusM);
    groups.push({ count: v.state.atHomeCount + v.state.atHomeVulnerableCount, harm });
    damageYuan += v.def.households * harm.structuralDamageProbability * spec.householdValueYuan;
  }
  physics.tntKg = tntKg;
  physics.peakKpa = siteHarm.overpressureKpa;
  recordLoss(ctx, incident, Math.round(damageYuan));
  recordCasualties(ctx, incident, {
    deadCount: Math.round(groups.reduce((n, g) => n + g.count * g.harm.deathProbability, 0)),
    injuredCount: Math.round(groups.reduce((n, g) => n + g.count * g.harm.injuryProbability, 0)),
  });
}

export const explosionSystem: System = {
  name: 'explosion',
  cadenceS,
  run(ctx) {
    for (const { spec, incident } of activeIncidents(ctx, 'explosion')) {
      const physics = incident.physics;
      const machine = incident.machine.context;
      let ignited = false;
      if (incident.phase === 'leaking') {
        const halfLifeS = machine.ventilated ? spec.ventilatedHalfLifeS : spec.naturalHalfLifeS;
        const valveOpen = !machine.valveClosed;
        physics.releasedKg += valveOpen ? spec.releaseKgPerS * cadenceS : 0;
        physics.cloudKg = nextCloudKg(physics.cloudKg, { releaseKgPerS: spec.releaseKgPerS, valveOpen, halfLifeS, dtS: cadenceS });
        physics.sourceShare = ignitionSourceShare(ctx, spec, machine);
        const p = ignitionProbability({ cloudKg: physics.cloudKg, ignitableCloudKg: spec.ignitableCloudKg, ratePerHour: spec.ignitionRatePerHour, sourceShare: physics.sourceShare, dtS: cadenceS });
        ignited = ctx.random.next('explosion') < p;
      }
      sendToIncident(ctx, incident, { type: 'clock.tick', timeS: ctx.state.timeS, cloudKg: physics.cloudKg, ignitableCloudKg: spec.ignitableCloudKg, ignited });
      if (incident.phase === 'blast' && physics.tntKg === null) strike(ctx, spec, incident, physics);
    }
  },
};
