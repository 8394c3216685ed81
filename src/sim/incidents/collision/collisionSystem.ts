// 撞 physics every 10 s: traffic may run into an unsecured scene; medics triage and attend, rescue crews free the
// trapped, casualties worsen unless cared for, transport carries them off; the toll follows the casualties.
import type { CollisionGrade, CollisionReadings } from '../../../machines/collisionMachine.ts';
import { accidentGrade } from '../../models/accidentGrade.ts';
import type { SimContext } from '../../simContext.ts';
import type { System } from '../../systems/system.ts';
import { unitsAtIncident } from '../../units/incidentPresence.ts';
import { incidentSpec, recordCasualties, recordLoss, sendToIncident } from '../incidentHost.ts';
import type { StartedIncident } from '../incidentState.ts';
import { isStartedOf } from '../incidentState.ts';
import type { CollisionSpec } from './collisionSpec.ts';
import { isAlive, vehicleCasualties } from './crashPatients.ts';
import { attendedIds, deteriorationStep, extricationStep, triageStep } from './patientCare.ts';
import { advanceTrips, loadAndDepart } from './tripCycle.ts';
import { detMath } from '../../math/detMath.ts';
import type { CollisionPhysics } from './collisionPhysics.ts';

const cadenceS = 10;
/** The machine hears every change of reading at once, and otherwise a tick this often (its transitions cost more than the physics). */
const quietTickS = 60;

function crewOnScene(ctx: SimContext, incident: string, pick: (capabilities: readonly string[], unit: string) => boolean): number {
  return unitsAtIncident(ctx, incident).reduce((n, u) => {
    const def = ctx.world.units.get(u.id)!;
    return pick(def.capabilities, u.id) ? n + def.crewCount : n;
  }, 0);
}

/** Rolls a second crash into the scene: the other vehicle's occupants and some responders become casualties. */
function secondCollision(ctx: SimContext, spec: CollisionSpec, incident: StartedIncident<'collision'>, physics: CollisionPhysics, secured: boolean): boolean {
  const rate = spec.secondCollision.ratePerHour / 3600;
  if (secured || !physics.site.fastRoad || rate === 0) return false;
  if (ctx.random.next('collision') >= 1 - detMath.exp(-rate * cadenceS)) return false;
  const draw = () => ctx.random.next('collision');
  const responders = ctx.random.binomial('collision', crewOnScene(ctx, incident.id, () => true), spec.secondCollision.responderHitProbability);
  const firstId = physics.patients.length + 1;
  const vehicle = spec.secondCollision.vehicle;
  physics.patients.push(...vehicleCasualties({ ...vehicle, occupantCount: vehicle.occupantCount + responders }, { firstId, collision: 2, draw }));
  physics.secondCollisionCount += 1;
  recordLoss(ctx, incident, spec.secondCollision.lossYuan);
  return true;
}

/** Work at the scene of an active crash this tick; returns whether a second crash happened. */
function workScene(ctx: SimContext, spec: CollisionSpec, incident: StartedIncident<'collision'>, physics: CollisionPhysics): { hit: boolean; attended: Set<number> } {
  const machine = incident.machine.context;
  const roadClosed = physics.site.roadId !== null && ctx.state.closedRoads.includes(physics.site.roadId);
  const hit = incident.phase !== 'crash' && secondCollision(ctx, spec, incident, physics, machine.securers.length > 0 || roadClosed);
  const medicCount = crewOnScene(ctx, incident.id, (c) => c.includes('medical'));
  if (machine.triageStarted) {
    physics.triageCarry = triageStep(physics.patients, { medicCount, carry: physics.triageCarry, dtS: cadenceS, sPerPatient: spec.care.triageSPerPatientPerMedic });
  }
  const crewCount = machine.extricators.filter((u) => unitsAtIncident(ctx, incident.id).some((s) => s.id === u)).length;
  extricationStep(physics.patients, { crewCount, dtS: cadenceS, extricationS: spec.care.extricationS, sortByTag: machine.redFirst });
  const attended = attendedIds(physics.patients, { medicCount, medicsPerPatient: spec.care.medicsPerRedPatient, sortByTag: machine.triageStarted });
  return { hit, attended };
}

/** Records the change in the toll since the last tick; returns the toll now. */
function recordToll(ctx: SimContext, incident: StartedIncident<'collision'>, physics: CollisionPhysics) {
  const living = physics.patients.filter(isAlive);
  const now = { deadCount: physics.patients.length - living.length, injuredCount: living.length, seriousInjuredCount: living.filter((p) => p.category !== 'green').length };
  const was = physics.recorded;
  recordCasualties(ctx, incident, { deadCount: now.deadCount - was.deadCount, injuredCount: now.injuredCount - was.injuredCount, seriousInjuredCount: now.seriousInjuredCount - was.seriousInjuredCount });
  physics.recorded = now;
  return now;
}

function readingsOf(ctx: SimContext, incident: StartedIncident<'collision'>, physics: CollisionPhysics, hit: boolean): CollisionReadings {
  const onScene = physics.patients.filter((p) => p.where === 'scene');
  const grade: CollisionGrade = accidentGrade({ deaths: incident.casualties.deadCount, seriousInjuries: incident.casualties.seriousInjuredCount, directLossYuan: incident.lossYuan });
  return {
    roadClosed: physics.site.roadId !== null && ctx.state.closedRoads.includes(physics.site.roadId),
    secondCollision: hit,
    onSceneCount: onScene.filter(isAlive).length,
    untriagedCount: onScene.filter((p) => !p.triaged).length,
    deadCount: physics.recorded.deadCount,
    grade,
  };
}

function runIncident(ctx: SimContext, incident: StartedIncident<'collision'>): void {
  const spec = incidentSpec(ctx, incident.id) as CollisionSpec;
  const physics = incident.physics;
  const active = incident.status === 'active';
  const scene = active ? workScene(ctx, spec, incident, physics) : { hit: false, attended: new Set<number>() };
  deteriorationStep(physics.patients, { care: spec.care, attended: scene.attended, dtS: cadenceS, draw: () => ctx.random.next('collision') });
  const work = { ctx, incident, spec, site: physics.site, patients: physics.patients, trips: physics.trips };
  advanceTrips(work);
  if (active) {
    const machine = incident.machine.context;
    loadAndDepart(work, { sortByTag: machine.redFirst, walkersDirected: machine.triageStarted });
  }
  recordToll(ctx, incident, physics);
  if (active) tellMachine(ctx, incident, readingsOf(ctx, incident, physics, scene.hit));
}

function tellMachine(ctx: SimContext, incident: StartedIncident<'collision'>, readings: CollisionReadings): void {
  const machine = incident.machine.context;
  const changed = (Object.keys(readings) as (keyof CollisionReadings)[]).some((k) => readings[k] !== machine[k]);
  if (changed || ctx.state.timeS - machine.timeS >= quietTickS) sendToIncident(ctx, incident, { type: 'clock.tick', timeS: ctx.state.timeS, ...readings });
}

export const collisionSystem: System = {
  name: 'collision',
  cadenceS,
  run(ctx) {
    // Casualties on their way to care, and the ambulances carrying them, outlast the scene's incident.
    for (const incident of ctx.state.incidents) {
      if (isStartedOf(incident, 'collision')) runIncident(ctx, incident);
    }
  },
};
