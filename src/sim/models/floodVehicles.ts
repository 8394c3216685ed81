// Combined flood hazard classes H1–H6 (Australian Rainfall & Runoff 2019) and what they mean for vehicles on a
// flooded road: which vehicles the water can float or push off the road.
import { requireAtLeast, requireOneOf } from './rangeGuards';

export type CombinedHazardClass = 'H1' | 'H2' | 'H3' | 'H4' | 'H5' | 'H6';

/** [class, depth ≤ m, velocity ≤ m/s, depth × velocity ≤ m²/s], in order: the first row whose three limits hold. */
const HAZARD_ROWS: readonly (readonly [CombinedHazardClass, number, number, number])[] = [
  ['H1', 0.3, 2.0, 0.3],
  ['H2', 0.5, 2.0, 0.6],
  ['H3', 1.2, 2.0, 0.6],
  ['H4', 2.0, 2.0, 1.0],
  ['H5', 4.0, 4.0, 4.0],
];

/**
 * The combined flood hazard class of water `depthM` deep flowing at `velocityMs`: the first of H1…H5 whose depth,
 * velocity and depth × velocity limits are all met, else H6. H1 is generally safe for people, vehicles and buildings;
 * H2 unsafe for small vehicles; H3 unsafe for vehicles, children and the elderly; H4 unsafe for vehicles and people;
 * H5 unsafe for all vehicles and people; H6 all buildings vulnerable. Limits include their value (d ≤ 0.3 is H1).
 * Source: Australian Rainfall and Runoff 2019, Book 6 Ch. 7 (Smith et al.), Table 6.7.4; AIDR Guideline 7-3 (2017),
 * as adopted by NSW Flood Risk Management Guideline FB03 (2023).
 * Throws RangeError for negative or non-finite depth or velocity.
 */
export function combinedHazardClass(depthM: number, velocityMs: number): CombinedHazardClass {
  requireAtLeast('depthM', depthM, 0);
  requireAtLeast('velocityMs', velocityMs, 0);
  const dv = Math.round(depthM * velocityMs * 1e9) / 1e9;
  const row = HAZARD_ROWS.find(([, d, v, product]) => depthM <= d && velocityMs <= v && dv <= product);
  return row ? row[0] : 'H6';
}

/** Vehicles by their stability in floodwater: a small passenger car, or a large four-wheel drive (trucks, vans). */
export type VehicleKind = 'smallCar' | 'large4wd';

const VEHICLE_KINDS: readonly VehicleKind[] = ['smallCar', 'large4wd'];

/**
 * Whether floodwater can float or push a vehicle off the road: small cars from H2 up (limits d 0.3 m, d·v 0.3 m²/s),
 * large four-wheel drives from H3 up (d 0.5 m, d·v 0.6 m²/s); dry ground never. Source: ARR 2019 Book 6 Ch. 7 Table
 * 6.7.4 and its vehicle stability limits (Shand et al. 2011, ARR Project 10 Stage 2 report P10/S2/020).
 * Throws RangeError for negative depth or velocity, or an unknown vehicle kind.
 */
export function vehicleUnstable(depthM: number, velocityMs: number, kind: VehicleKind): boolean {
  requireOneOf('kind', kind, VEHICLE_KINDS);
  if (depthM === 0) return false;
  const hazardClass = combinedHazardClass(depthM, velocityMs);
  return kind === 'smallCar' ? hazardClass !== 'H1' : hazardClass !== 'H1' && hazardClass !== 'H2';
}
