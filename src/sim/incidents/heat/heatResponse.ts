// What the response puts at a heat incident: crews on scene by capability, door-to-door visits to the elderly, and
// the village's own state (warned, evacuated) that changes who is exposed.
import { chanceWithin } from '../../models/heatIllnessRisk.ts';
import type { Capability } from '../../scenario/vocabulary.ts';
import type { SimContext } from '../../simContext.ts';
import { findVillage } from '../../simContext.ts';
import { unitsAtIncident } from '../../units/incidentPresence.ts';
import type { ActiveIncident } from '../incidentState.ts';
import type { HeatSpec } from './heatSpec.ts';

/** Crew on scene at the incident in units with any of these capabilities. */
export function crewsOnScene(ctx: SimContext, incident: string, capabilities: readonly Capability[]): number {
  let crew = 0;
  for (const unit of unitsAtIncident(ctx, incident)) {
    const def = ctx.world.units.get(unit.id)!;
    if (def.capabilities.some((c) => capabilities.includes(c))) crew += def.crewCount;
  }
  return crew;
}

/** The village the incident is at, if it is at one. */
export function villageOf(ctx: SimContext, spec: HeatSpec) {
  return 'place' in spec.at ? findVillage(ctx, spec.at.place) : undefined;
}

/** Elderly: warned by a yellow or higher warning, and the share of the village's vulnerable people still at home. */
export function villageExposure(ctx: SimContext, spec: HeatSpec): { warned: boolean; atHomeShare: number } {
  const village = villageOf(ctx, spec);
  if (!village) return { warned: false, atHomeShare: 1 };
  const vulnerable = village.def.elderlyAlone + village.def.children;
  const warned = village.state.warning !== null && village.state.warning !== 'blue';
  return { warned, atHomeShare: vulnerable > 0 ? village.state.atHomeVulnerableCount / vulnerable : 1 };
}

export interface Visits { visitedShare: number; findChance: number }

/**
 * Door-to-door checks over `dtS`: once ordered, checkers on scene (evacuation or cooling capability) sweep the
 * village at visitsPerCheckerPerHour each; a case is found when its person is visited. After the first round each
 * person is visited again at most maxRevisitsPerPersonPerHour.
 */
export function nextVisits(ctx: SimContext, spec: HeatSpec, incident: ActiveIncident<'heat'>, visitedShare: number, peopleCount: number, dtS: number): Visits {
  const group = spec.group;
  if (group.kind !== 'elderlyAlone' || !incident.machine.context.checking || peopleCount === 0) return { visitedShare, findChance: 0 };
  const ratePerHour = (crewsOnScene(ctx, incident.id, ['evacuation', 'cooling']) * group.checks.visitsPerCheckerPerHour) / peopleCount;
  if (visitedShare >= 1) return { visitedShare, findChance: chanceWithin(Math.min(ratePerHour, group.checks.maxRevisitsPerPersonPerHour), dtS) };
  const next = Math.min(1, visitedShare + (ratePerHour * dtS) / 3600);
  return { visitedShare: next, findChance: (next - visitedShare) / (1 - visitedShare) };
}

/** Chance within `dtS` that a case is found: noticed by those around it (mean findMeanS) or at a visit. */
export function findChance(findMeanS: number, visits: Visits, dtS: number): number {
  return 1 - (1 - chanceWithin(3600 / findMeanS, dtS)) * (1 - visits.findChance);
}
