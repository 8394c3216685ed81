// How hard the heat presses on a group this minute: who is active outdoors (after the statutory rule, a stop
// order and compliance), the WBGT each part of the group is in, and the hourly incidence of heat illness.
import { heatIllnessPerHour } from '../../models/heatIllnessRisk.ts';
import { recommendedAlertLimitC, recommendedExposureLimitC, NIOSH_METABOLIC_W } from '../../models/nioshHeatLimits.ts';
import type { HeatGroupSpec, HeatSpec } from './heatSpec.ts';
import type { HeatHour } from './heatWeather.ts';
import { roomWbgtC } from './heatWeather.ts';

type ActiveGroup = Extract<HeatGroupSpec, { kind: 'outdoorWorkers' | 'students' }>;
type ElderlyGroup = Extract<HeatGroupSpec, { kind: 'elderlyAlone' }>;

/** 《防暑降温措施管理办法》 Art. 8(一): on 37–40 °C days, at most 6 h of outdoor work. */
const maxWorkOn37DayS = 6 * 3600;

/** The measures in force for elderly people living alone. */
export interface ElderlyMeasures {
  /** Share visited at least once by door-to-door checks; whether the village was warned (yellow or higher). */
  visitedShare: number;
  warned: boolean;
  /** Share of the village's vulnerable people still at home (the rest were evacuated to a shelter). */
  atHomeShare: number;
  /** A cooling point is open and staffed by a unit with the cooling capability. */
  coolingPointStaffed: boolean;
}

export interface Exposure { activeShare: number; wbgtC: number; limitC: number; strainC: number; incidencePerHour: number }

/** Whether the hour lies in one of the spans [from, to). */
export function inHours(spans: readonly (readonly [number, number])[], hourOfDay: number): boolean {
  return spans.some(([from, to]) => hourOfDay >= from && hourOfDay < to);
}

/** Share of scheduled outdoor time a compliant worker may still spend outdoors under the day's rule. */
export function allowedWorkShare(group: ActiveGroup, hour: HeatHour, hottestHoursStart: number, workedTodayS: number): number {
  if (group.kind === 'students') return 0;
  if (hour.rule === 'stop-outdoor-work') return 0;
  if (hour.rule === 'max-6h-avoid-hottest-3h') {
    const hottest = hour.hourOfDay >= hottestHoursStart && hour.hourOfDay < hottestHoursStart + 3;
    return hottest || workedTodayS >= maxWorkOn37DayS ? 0 : 1;
  }
  return hour.rule === 'rotate-shifts-no-overtime' ? group.rotationWorkShare : 1;
}

/** Share of their time outdoors now for those who follow the order: none outside their hours; once stopped, what the rule allows. */
export function compliantActiveShare(group: ActiveGroup, hour: HeatHour, stopped: boolean, allowedShare: number): number {
  if (!inHours(group.activeHours, hour.hourOfDay)) return 0;
  return stopped ? allowedShare : 1;
}

/** Share of the group active outdoors now: the non-compliant keep to their hours, the rest as compliantActiveShare. */
export function activeShare(group: ActiveGroup, hour: HeatHour, compliantShare: number): number {
  if (!inHours(group.activeHours, hour.hourOfDay)) return 0;
  return 1 - group.complianceShare + group.complianceShare * compliantShare;
}

function illness(spec: HeatSpec, hour: HeatHour, wbgtC: number, limitC: number): number {
  const { illness: i } = spec.group;
  const heatEvent = hour.hotRunDays >= 2 ? i.heatEventRiskRatio : 1;
  return heatEvent * heatIllnessPerHour({ wbgtC, limitC, atLimitPerHour: i.atLimitPerHour, riskRatioPerC: i.riskRatioPerC, onsetWbgtC: i.onsetWbgtC });
}

/** Mean incidence of people split between acclimatised (REL) and unacclimatised (RAL) limits at metabolic rate `metabolicW`. */
function mixedIllness(spec: HeatSpec, hour: HeatHour, wbgtC: number, metabolicW: number, acclimatisedShare: number): number {
  return acclimatisedShare * illness(spec, hour, wbgtC, recommendedExposureLimitC(metabolicW))
    + (1 - acclimatisedShare) * illness(spec, hour, wbgtC, recommendedAlertLimitC(metabolicW));
}

/**
 * Workers or students: `active` of them in the sun at their work rate, the rest resting indoors or at a staffed
 * cooling point. The strain (for the phases) is that of their planned activity this hour: work in the sun during
 * their hours, rest indoors outside them, whatever orders changed.
 */
export function activeGroupExposure(spec: HeatSpec, group: ActiveGroup, hour: HeatHour, active: number, coolingPointStaffed: boolean): Exposure {
  const a = group.acclimatisedShare;
  const limitAt = (metabolicW: number) => a * recommendedExposureLimitC(metabolicW) + (1 - a) * recommendedAlertLimitC(metabolicW);
  const roomC = roomWbgtC(hour, group.restRadiantExcessC);
  const cooled = coolingPointStaffed ? spec.coolingPoint.uptakeShare : 0;
  const rest = (1 - cooled) * mixedIllness(spec, hour, roomC, NIOSH_METABOLIC_W.rest, a)
    + cooled * mixedIllness(spec, hour, spec.coolingPoint.wbgtC, NIOSH_METABOLIC_W.rest, a);
  const work = mixedIllness(spec, hour, hour.wbgtSunC, group.metabolicW, a);
  const planned = inHours(group.activeHours, hour.hourOfDay)
    ? { wbgtC: hour.wbgtSunC, limitC: limitAt(group.metabolicW) }
    : { wbgtC: roomC, limitC: limitAt(NIOSH_METABOLIC_W.rest) };
  return { activeShare: active, ...planned, strainC: planned.wbgtC - planned.limitC, incidencePerHour: active * work + (1 - active) * rest };
}

/**
 * Elderly people living alone at rest in hot houses, against a limit below the NIOSH RAL for rest: visited people
 * keep `checkedRiskFactor` of the risk, and `uptakeShare` of them go to a staffed cooling point; a warning lowers
 * the risk at home of those visited (it needs the check to reach them); those evacuated are out of the heat.
 */
export function elderlyExposure(spec: HeatSpec, group: ElderlyGroup, hour: HeatHour, measures: ElderlyMeasures): Exposure {
  const limitC = recommendedAlertLimitC(group.metabolicW) - group.vulnerabilityOffsetC;
  const houseC = roomWbgtC(hour, group.houseRadiantExcessC);
  const v = measures.visitedShare;
  const cooled = measures.coolingPointStaffed ? v * spec.coolingPoint.uptakeShare : 0;
  // A warning reaches an old person living alone only through the door-to-door check: the loudspeaker alone does not.
  const warned = measures.warned ? group.warnedRiskFactor : 1;
  const atHouse = ((1 - v) + (v - cooled) * group.checks.checkedRiskFactor * warned) * illness(spec, hour, houseC, limitC);
  const incidence = measures.atHomeShare * (atHouse + cooled * illness(spec, hour, spec.coolingPoint.wbgtC, limitC));
  return { activeShare: 0, wbgtC: houseC, limitC, strainC: houseC - limitC, incidencePerHour: incidence };
}

/** Seconds of the spans that lie before `hourOfDay`: the outdoor time already worked today when an incident starts. */
export function hoursBeforeS(spans: readonly (readonly [number, number])[], hourOfDay: number): number {
  return spans.reduce((s, [from, to]) => s + Math.max(0, Math.min(to, hourOfDay) - from) * 3600, 0);
}
