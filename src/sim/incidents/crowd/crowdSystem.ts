// 挤 physics every second: orders take effect, people arrive and come back out, the crowd moves by the social
// force, the density is measured, the crush hurts whom it holds, and the machine hears the readings.
import type { CrowdContext } from '../../../machines/crowdMachine.ts';
import type { SimContext } from '../../simContext.ts';
import type { System } from '../../systems/system.ts';
import { unitsAtIncident } from '../../units/incidentPresence.ts';
import { activeIncidents, recordCasualties, sendToIncident } from '../incidentHost.ts';
import type { ActiveIncident } from '../incidentState.ts';
import { Status } from './crowdAgents.ts';
import { measureDensity } from './crowdDensity.ts';
import { crushStep, untreatedDeaths } from './crowdHarm.ts';
import { admitArrivals, admitReturns, applyOrders } from './crowdInflow.ts';
import { moveCrowd } from './crowdMotion.ts';
import type { CrowdSpec } from './crowdSpec.ts';
import { siteLayout } from './siteLayout.ts';

const cadenceS = 1;

/** Crew of the crowd-control units deployed on scene, and whether a medical unit is there. */
function responders(ctx: SimContext, incident: ActiveIncident<'crowd'>, machine: CrowdContext): { stewardCount: number; medicalOnScene: boolean } {
  let stewardCount = 0;
  let medicalOnScene = false;
  for (const unit of unitsAtIncident(ctx, incident.id)) {
    const def = ctx.world.units.get(unit.id)!;
    if (machine.stewardsDeployed && def.capabilities.includes('crowdControl')) stewardCount += def.crewCount;
    if (def.capabilities.includes('medical')) medicalOnScene = true;
  }
  return { stewardCount, medicalOnScene };
}

/** Orders take effect, then arrivals at the gates and visitors coming back through the bottleneck. */
function admitPeople(ctx: SimContext, spec: CrowdSpec, incident: ActiveIncident<'crowd'>, draw: () => number): void {
  const physics = incident.physics;
  const machine = incident.machine.context;
  applyOrders(physics, spec, machine, draw);
  const elapsedS = ctx.state.timeS - (incident.startedS ?? ctx.state.timeS);
  const approachClosed = spec.approachRoads.some((r) => ctx.state.closedRoads.includes(r));
  admitArrivals(physics, spec, { elapsedS, dtS: cadenceS, approachClosed, inflowStopped: machine.inflowStopped }, draw);
  admitReturns(physics, spec, { timeS: ctx.state.timeS, oneWayFlow: machine.oneWayFlow }, draw);
}

/** The crowd moves for a second, and its density is measured. */
function moveAndMeasure(ctx: SimContext, spec: CrowdSpec, incident: ActiveIncident<'crowd'>): void {
  const physics = incident.physics;
  const machine = incident.machine.context;
  const { stewardCount } = responders(ctx, incident, machine);
  const standing = physics.agents.status.filter((s) => s === Status.standing).length;
  const calmShare = standing === 0 ? 0 : Math.min(1, (stewardCount * spec.peoplePerSteward) / standing);
  const layout = siteLayout(spec.site, physics.exitsOpen, machine.oneWayFlow);
  const departures = moveCrowd(physics.agents, { site: spec.site, layout, durationS: cadenceS, stepS: spec.stepS, calmShare, maxRadiusM: spec.bodyRadiusM.max });
  for (let k = 0; k < departures.throughBottleneck; k++) physics.returnsDueS.push(ctx.state.timeS + spec.bottleneckDwellS);
  physics.throughBottleneckCount += departures.throughBottleneck;
  physics.leftCount += departures.out;
  const reading = measureDensity(physics.agents, spec.site);
  physics.peakDensityPerM2 = reading.peakPerM2;
  physics.fruinLos = reading.fruinLos;
  physics.densityMap = reading.map;
}

/**
 * Who the crush hurts this second, recorded as casualties: each fall is a serious injury; a fallen person who dies
 * (compressed, or later untreated) moves from the injured to the dead.
 */
function hurt(ctx: SimContext, spec: CrowdSpec, incident: ActiveIncident<'crowd'>, draw: () => number): void {
  const physics = incident.physics;
  const { medicalOnScene } = responders(ctx, incident, incident.machine.context);
  const crush = crushStep(physics.agents, physics.agents.densityPerM2, spec, draw, cadenceS);
  const lateDeaths = untreatedDeaths(physics.waitingCareCount, medicalOnScene, spec, draw, cadenceS);
  physics.waitingCareCount += crush.carriedOutInjured - lateDeaths;
  physics.fallenCount += crush.fell;
  const deaths = crush.died + lateDeaths;
  physics.deadCount += deaths;
  recordCasualties(ctx, incident, { deadCount: deaths, injuredCount: crush.fell - deaths, seriousInjuredCount: crush.fell - deaths });
}

/** One second of one crowd incident. */
export function advanceCrowd(ctx: SimContext, spec: CrowdSpec, incident: ActiveIncident<'crowd'>): void {
  const draw = () => ctx.random.next('crowd');
  admitPeople(ctx, spec, incident, draw);
  moveAndMeasure(ctx, spec, incident);
  hurt(ctx, spec, incident, draw);
}

export const crowdSystem: System = {
  name: 'crowd',
  cadenceS,
  run(ctx) {
    for (const { spec, incident } of activeIncidents(ctx, 'crowd')) {
      advanceCrowd(ctx, spec, incident);
      const physics = incident.physics;
      const { agents } = physics;
      sendToIncident(ctx, incident, {
        type: 'clock.tick', timeS: ctx.state.timeS, peakDensityPerM2: physics.peakDensityPerM2, crowdCount: agents.xM.length,
        inflowOpen: physics.arrivalsPerMin > 0 || physics.waitingOutside.some((w) => w > 0), fallenCount: physics.fallenCount,
        downCount: agents.status.filter((s) => s !== Status.standing).length,
      });
    }
  },
};
