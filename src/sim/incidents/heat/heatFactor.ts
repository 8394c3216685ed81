// 暑 Heat: a group's heat-wave machine, its physics, and the actions players can take on it.
import { heatMachine } from '../../../machines/heatMachine.ts';
import type { SimContext } from '../../simContext.ts';
import { defineFactor } from '../factorDefinition.ts';
import { noCases } from './heatCases.ts';
import { hoursBeforeS } from './heatExposure.ts';
import { villageOf } from './heatResponse.ts';
import type { HeatSpec } from './heatSpec.ts';
import type { HeatPhysics } from './heatPhysics.ts';
import { heatSystem } from './heatSystem.ts';
import { heatHour, localHours } from './heatWeather.ts';

/** People in the group: as the scenario says, or for the elderly the village's `elderlyAlone` on the map (0 elsewhere). */
function peopleCount(spec: HeatSpec, ctx: SimContext): number {
  if (spec.group.count !== undefined) return spec.group.count;
  return villageOf(ctx, spec)?.def.elderlyAlone ?? 0;
}

function initialPhysics(spec: HeatSpec, ctx: SimContext): HeatPhysics {
  const hour = heatHour(spec.heatWave, localHours(ctx.world.drill.scenario.start, ctx.state.timeS));
  const count = peopleCount(spec, ctx);
  return {
    ...noCases(count), peopleCount: count, visitedShare: 0, dayIndex: hour.dayIndex, coolingCarry: 0, readings: null,
    workedTodayS: spec.group.kind === 'elderlyAlone' ? 0 : hoursBeforeS(spec.group.activeHours, hour.hourOfDay),
  };
}

export const heatFactor = defineFactor<HeatSpec, HeatPhysics>({
  factor: 'heat',
  machine: heatMachine,
  machineInput: (spec) => ({ kind: spec.group.kind, authorities: spec.group.kind === 'elderlyAlone' ? [] : spec.group.authorities }),
  initialPhysics,
  systems: [heatSystem],
  actions: {
    /** Apply the statutory outdoor-work rule at a site: an order by the site, its supervisor (住建) or the command post. */
    stopOutdoorWork: { capabilities: null, appliesTo: (spec) => spec.group.kind === 'outdoorWorkers' },
    /** Stop outdoor military training: an order by the school office (中心校) or the command post. */
    suspendTraining: { capabilities: null, appliesTo: (spec) => spec.group.kind === 'students' },
    /** Visit the elderly living alone, house by house: cadres, militia or volunteers on scene. */
    doorToDoorChecks: { capabilities: ['evacuation', 'cooling'], appliesTo: (spec) => spec.group.kind === 'elderlyAlone' },
    /** Open a cooling point (纳凉点) where people rest out of the heat, staffed by a unit that can cool. */
    openCoolingPoint: { capabilities: ['cooling'] },
    /** Cool heatstroke patients on scene and hand them on ("cool first, transport second"). */
    treatCases: { capabilities: ['medical', 'cooling'] },
  },
});
