// 暑 physics every minute: the hour's weather, who is exposed and how hard, heat illness starting, found, worsening,
// cooled and killing; casualties are recorded and the machine is told the readings.
import type { HeatTick } from '../../../machines/heatMachine.ts';
import type { SimContext } from '../../simContext.ts';
import type { System } from '../../systems/system.ts';
import { activeIncidents, recordCasualties, sendToIncident } from '../incidentHost.ts';
import type { ActiveIncident } from '../incidentState.ts';
import { stepCases } from './heatCases.ts';
import type { Exposure } from './heatExposure.ts';
import { activeGroupExposure, activeShare, allowedWorkShare, compliantActiveShare, elderlyExposure } from './heatExposure.ts';
import { crewsOnScene, findChance, nextVisits, villageExposure } from './heatResponse.ts';
import type { HeatSpec } from './heatSpec.ts';
import type { HeatHour } from './heatWeather.ts';
import { heatHour, localHours, roomWbgtC } from './heatWeather.ts';
import type { HeatReadings } from './heatPhysics.ts';
import type { HeatPhysics } from './heatPhysics.ts';

const cadenceS = 60;

function exposureOf(ctx: SimContext, spec: HeatSpec, incident: ActiveIncident<'heat'>, hour: HeatHour, physics: HeatPhysics): Exposure {
  const machine = incident.machine.context;
  const coolingPointStaffed = machine.coolingPointOpened && crewsOnScene(ctx, incident.id, ['cooling']) > 0;
  const group = spec.group;
  if (group.kind === 'elderlyAlone') {
    return elderlyExposure(spec, group, hour, { ...villageExposure(ctx, spec), visitedShare: physics.visitedShare, coolingPointStaffed });
  }
  const stopped = machine.stoppedAtS !== null;
  const compliant = compliantActiveShare(group, hour, stopped, allowedWorkShare(group, hour, spec.heatWave.hottestHoursStart, physics.workedTodayS));
  physics.workedTodayS += compliant * cadenceS;
  return activeGroupExposure(spec, group, hour, activeShare(group, hour, compliant), coolingPointStaffed);
}

/** Whether the group's WBGT is higher now than a quarter of an hour ago. */
function heatRising(spec: HeatSpec, hours: number, hour: HeatHour): boolean {
  const before = heatHour(spec.heatWave, hours - 0.25);
  if (spec.group.kind === 'elderlyAlone') return roomWbgtC(hour, spec.group.houseRadiantExcessC) > roomWbgtC(before, spec.group.houseRadiantExcessC);
  return hour.wbgtSunC > before.wbgtSunC;
}

function readingsOf(hour: HeatHour, exposure: Exposure): HeatReadings {
  return {
    hourOfDay: hour.hourOfDay, tempC: hour.tempC, rhPct: hour.rhPct, heatIndexC: hour.heatIndexC, wbgtC: exposure.wbgtC, limitC: exposure.limitC,
    signal: hour.signal, rule: hour.rule, activeShare: exposure.activeShare, incidencePerHour: exposure.incidencePerHour,
  };
}

/** One minute of the incident's physics; returns the tick for its machine. */
function advance(ctx: SimContext, spec: HeatSpec, incident: ActiveIncident<'heat'>, physics: HeatPhysics): HeatTick {
  const hours = localHours(ctx.world.drill.scenario.start, ctx.state.timeS);
  const hour = heatHour(spec.heatWave, hours);
  if (hour.dayIndex !== physics.dayIndex) Object.assign(physics, { dayIndex: hour.dayIndex, workedTodayS: 0 });
  const exposure = exposureOf(ctx, spec, incident, hour, physics);
  const visits = nextVisits(ctx, spec, incident, physics.visitedShare, physics.peopleCount, cadenceS);
  const treatingCrew = incident.machine.context.treating ? crewsOnScene(ctx, incident.id, ['medical', 'cooling']) : 0;
  const carry = physics.coolingCarry + (treatingCrew / spec.treatment.crewPerCase) * (cadenceS / spec.treatment.coolingPerCaseS);
  const { illness } = spec.group;
  const step = stepCases(physics, {
    onsetPerHour: exposure.incidencePerHour, strokeShareOfOnset: illness.strokeShareOfOnset, toStrokeMeanS: illness.toStrokeMeanS,
    strokeDeathMeanS: illness.strokeDeathMeanS, treatedStrokeFatality: illness.treatedStrokeFatality,
    findChance: findChance(illness.findMeanS, visits, cadenceS), coolingCapacity: carry,
  }, cadenceS, (n, p) => ctx.random.binomial('heat', n, p));
  Object.assign(physics, step.counts, { visitedShare: visits.visitedShare, coolingCarry: Math.min(1, carry - step.cooledCount), readings: readingsOf(hour, exposure) });
  recordCasualties(ctx, incident, step.toll);
  const c = step.counts;
  return {
    type: 'clock.tick', timeS: ctx.state.timeS, signal: hour.signal, strainC: exposure.strainC, heatRising: heatRising(spec, hours, hour),
    caseCount: c.caseCount, strokeCount: c.strokeCount, deadCount: c.deadCount,
    activeCaseCount: c.mildUnfoundCount + c.strokeUnfoundCount + c.strokeFoundCount, heatWaveOver: hour.heatWaveOver,
  };
}

export const heatSystem: System = {
  name: 'heat',
  cadenceS,
  run(ctx) {
    for (const { spec, incident } of activeIncidents(ctx, 'heat')) {
      sendToIncident(ctx, incident, advance(ctx, spec, incident, incident.physics));
    }
  },
};
