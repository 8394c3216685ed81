// 毒 toxic release physics every 30 s: gas escapes until the source is isolated or empty; the plume follows the
// wind; residents at home (sheltered once warned), evacuees at shelters and unprotected responders breathe it.
import { aeglAtPpm } from '../../models/aegl.ts';
import type { SimContext } from '../../simContext.ts';
import type { System } from '../../systems/system.ts';
import { unitsAtIncident } from '../../units/incidentPresence.ts';
import { activeIncidents, incidentLocation, sendToIncident } from '../incidentHost.ts';
import type { ActiveIncident } from '../incidentState.ts';
import { careStep, noPatients, recordToll } from './patientCare.ts';
import type { PoisoningSpec } from './poisoningSpec.ts';
import type { Harm } from './releaseExposure.ts';
import { addHarm, exposeSite, newExposureSite, noHarm } from './releaseExposure.ts';
import type { PlumeNow } from './releasePlume.ts';
import { housePoints, outdoorPpm, plumeMayReach, plumeNow, ringMeanPpm } from './releasePlume.ts';
import type { ToxicReleaseSpec } from './releaseSpec.ts';
import type { ReleasePhysics } from './poisoningPhysics.ts';

export function initialReleasePhysics(ctx: SimContext): ReleasePhysics {
  return {
    kind: 'toxicRelease', releasedKg: 0, stoppedAtS: null, stabilityClass: '', villagePeakPpm: 0,
    villages: ctx.world.drill.map.villages.map(() => newExposureSite(housePoints.length)),
    shelters: ctx.world.drill.map.shelters.map(() => newExposureSite(1)),
    responders: newExposureSite(1), harm: noHarm(), admittedCount: 0, care: noPatients(),
  };
}

const cadenceS = 30;

/** A hundredth of the gas's AEGL-1 (no more than mild discomfort to anyone): below it, air counts as clean. */
const negligiblePpm = (release: ToxicReleaseSpec) => aeglAtPpm(release.chemical, 1, 60) / 100;

/** A shelter-in-place warning reaching the village after the release began has its people indoors with doors and
 *  windows shut; a warning that only alerts (a blue notice) does not. */
function warnedSince(ctx: SimContext, village: string, sinceS: number): boolean {
  return ctx.state.warnings.some((w) => w.shelterInPlace === true && w.atS >= sinceS && w.villages.includes(village));
}

/**
 * Residents at home breathe at their houses (indoors, and outdoors until warned); evacuees wait outdoors at their
 * shelter's reception point and breathe from their arrival there (the way there is not modelled).
 */
function exposePeople(ctx: SimContext, release: ToxicReleaseSpec, plume: PlumeNow, physics: ReleasePhysics, startedS: number, dtS: number): Harm {
  const harm = noHarm();
  const base = { gas: release.chemical, airChangesPerHour: release.airChangesPerHour, dtS, negligiblePpm: negligiblePpm(release) };
  physics.villagePeakPpm = 0;
  ctx.world.drill.map.villages.forEach((village, i) => {
    const reached = plumeMayReach(plume, village.at, release.villageRadiusM);
    const outdoor = housePoints.map((p) => (reached ? outdoorPpm(plume, { xM: village.at.xM + p.xM * release.villageRadiusM, yM: village.at.yM + p.yM * release.villageRadiusM }) : 0));
    physics.villagePeakPpm = Math.max(physics.villagePeakPpm, ...outdoor);
    const state = ctx.state.villages[i]!;
    addHarm(harm, exposeSite(physics.villages[i]!, {
      ...base, outdoorPpm: outdoor, peopleCount: state.atHomeCount + state.atHomeVulnerableCount,
      outdoorShare: release.outdoorShare, sheltered: warnedSince(ctx, village.id, startedS),
    }));
  });
  ctx.world.drill.map.shelters.forEach((shelter, j) => {
    addHarm(harm, exposeSite(physics.shelters[j]!, {
      ...base, outdoorPpm: [outdoorPpm(plume, shelter.at)], peopleCount: ctx.state.shelters[j]!.occupantCount, outdoorShare: 1, sheltered: false,
    }));
  });
  return harm;
}

function exposeResponders(ctx: SimContext, incident: ActiveIncident<'poisoning'>, release: ToxicReleaseSpec, plume: PlumeNow, physics: ReleasePhysics, dtS: number): Harm {
  const machine = incident.machine.context;
  // Hazmat crews work in breathing apparatus; everyone else on scene breathes the air.
  const unprotected = unitsAtIncident(ctx, incident.id).reduce((n, u) => {
    const def = ctx.world.units.get(u.id)!;
    return def.capabilities.includes('hazmat') ? n : n + def.crewCount;
  }, 0);
  const ppm = machine.cordoned ? 0 : ringMeanPpm(plume, release.responderStandoffM);
  return exposeSite(physics.responders, {
    gas: release.chemical, outdoorPpm: [ppm], peopleCount: unprotected, outdoorShare: 1, sheltered: false, airChangesPerHour: release.airChangesPerHour,
    dtS, negligiblePpm: negligiblePpm(release),
  });
}

/** Whole people: the probit's dead, the severe handed to care (who may die waiting), the other injured. */
function settle(ctx: SimContext, spec: PoisoningSpec, incident: ActiveIncident<'poisoning'>, physics: ReleasePhysics, dtS: number): void {
  const exposureDead = Math.round(physics.harm.dead);
  const severe = Math.max(0, Math.round(physics.harm.severe - physics.harm.dead));
  const newSevereCount = Math.max(0, severe - physics.admittedCount);
  physics.admittedCount += newSevereCount;
  const care = physics.care;
  careStep(ctx, care, spec.care, { incident: incident.id, newSevereCount, dtS });
  const deadCount = exposureDead + care.deadCount;
  const seriousInjuredCount = physics.admittedCount - care.deadCount;
  const injuredCount = Math.max(seriousInjuredCount, Math.round(physics.harm.injured) - deadCount);
  // Houses keep releasing what they took in long after the plume has passed: injuries creep, so none is final.
  recordToll(ctx, incident, care, { deadCount, injuredCount, seriousInjuredCount }, false);
}

export const releaseSystem: System = {
  name: 'poisoning.release',
  cadenceS,
  run(ctx) {
    for (const { spec, incident } of activeIncidents(ctx, 'poisoning')) {
      const { physics } = incident;
      if (spec.kind !== 'toxicRelease' || physics.kind !== 'toxicRelease') continue;
      const release = spec.release;
      const now = ctx.state.timeS;
      const startedS = incident.startedS!;
      const dtS = Math.min(cadenceS, now - startedS);
      if (incident.phase === 'releasing' && physics.releasedKg < release.inventoryKg) {
        physics.releasedKg = Math.min(release.inventoryKg, physics.releasedKg + (release.releaseGs * dtS) / 1000);
      } else if (physics.stoppedAtS === null) physics.stoppedAtS = now - cadenceS;
      const plume = plumeNow({
        release, source: incidentLocation(ctx, spec), weather: ctx.world.drill.scenario.weather,
        sinceStartS: now - startedS, sinceStopS: physics.stoppedAtS === null ? null : now - physics.stoppedAtS,
      });
      physics.stabilityClass = plume.stabilityClass;
      const aegl1 = aeglAtPpm(release.chemical, 1, 60);
      if (dtS > 0) {
        addHarm(physics.harm, exposePeople(ctx, release, plume, physics, startedS, dtS));
        addHarm(physics.harm, exposeResponders(ctx, incident, release, plume, physics, dtS));
        settle(ctx, spec, incident, physics, dtS);
      }
      sendToIncident(ctx, incident, {
        type: 'clock.tick', timeS: now, waitingCount: physics.care.waitingCount, sourceEmpty: physics.releasedKg >= release.inventoryKg,
        plumeOverVillages: physics.villagePeakPpm >= aegl1, airClear: physics.stoppedAtS !== null && physics.villagePeakPpm < aegl1,
      });
    }
  },
};
