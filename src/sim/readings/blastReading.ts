// 爆 reading: before ignition, the gas cloud over the site (its share of the ignitable mass, out to the standoff
// without a cordon); after the blast, the distances where the overpressure falls to 35, 20, 7 and 1 kPa
// (Kingery–Bulmash, models/blast.ts) — roughly lung injury and collapse, heavy structural damage, partial demolition
// of houses, broken windows.
import type { ExplosionSpec } from '../incidents/explosion/explosionSpec.ts';
import { blastOverpressureKpa } from '../models/blast.ts';
import type { ReadingInput } from './readingInput.ts';
import { toCm } from './readingInput.ts';

export interface BlastRing { kPa: number; radiusM: number }

export interface ExplosionReading {
  factor: 'explosion';
  incident: string;
  /** The cloud while the gas has not gone off and is still there; null once it has, or while there is none. */
  cloud: { radiusM: number; shareOfIgnitable: number } | null;
  /** Highest overpressure first; empty before a blast. */
  rings: BlastRing[];
}

/** The overpressures read after a blast, highest first. */
export const blastRingKpa: readonly number[] = [35, 20, 7, 1];

/** The distance (m) at which a blast of `tntKg` falls to `kPa`: overpressure falls with distance, so bisect. */
export function blastRadiusM(tntKg: number, kPa: number): number {
  let near = 0.01;
  let far = 100_000;
  for (let i = 0; i < 60; i++) {
    const mid = Math.sqrt(near * far);
    if (blastOverpressureKpa(tntKg, mid) > kPa) near = mid;
    else far = mid;
  }
  return Math.sqrt(near * far);
}

export function explosionReading({ spec, incident }: ReadingInput<ExplosionSpec>): ExplosionReading | null {
  const physics = incident.physics;
  if (!physics) return null;
  const tntKg = physics.tntKg !== null && physics.tntKg > 0 ? physics.tntKg : null;
  if (tntKg !== null) {
    return { factor: 'explosion', incident: incident.id, cloud: null, rings: blastRingKpa.map((kPa) => ({ kPa, radiusM: toCm(blastRadiusM(tntKg, kPa)) })) };
  }
  const cloud = incident.status === 'active' && physics.cloudKg > 0
    ? { radiusM: spec.standoffM.withoutCordon, shareOfIgnitable: Math.min(1, physics.cloudKg / spec.ignitableCloudKg) }
    : null;
  return { factor: 'explosion', incident: incident.id, cloud, rings: [] };
}
