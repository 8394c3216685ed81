// 暑 reading: who is at risk and how hard — the group, how far its WBGT stands above its limit, and how many cases are
// active (not yet found, or found and not yet cooled) — over the area the group lives or works in.
import type { HeatSpec } from '../incidents/heat/heatSpec.ts';
import type { ReadingInput } from './readingInput.ts';

export interface HeatReading {
  factor: 'heat';
  incident: string;
  group: HeatSpec['group']['kind'];
  peopleCount: number;
  /** WBGT minus the group's limit (°C): over 0 the group is at risk. */
  strainC: number;
  activeCaseCount: number;
  radiusM: number;
}

/** Radius of the area by group (m): a village for the elderly, a site or a school ground otherwise. */
const groupRadiusM: Readonly<Record<HeatSpec['group']['kind'], number>> = { elderlyAlone: 400, outdoorWorkers: 200, students: 250 };

export function heatReading({ spec, incident }: ReadingInput<HeatSpec>): HeatReading | null {
  const physics = incident.physics;
  if (!physics?.readings) return null;
  return {
    factor: 'heat',
    incident: incident.id,
    group: spec.group.kind,
    peopleCount: physics.peopleCount,
    strainC: physics.readings.wbgtC - physics.readings.limitC,
    activeCaseCount: physics.mildUnfoundCount + physics.strokeUnfoundCount + physics.strokeFoundCount,
    radiusM: groupRadiusM[spec.group.kind],
  };
}
