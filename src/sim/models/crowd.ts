// Crowd movement and comfort: Weidmann speed–density relation and Fruin walkway level of service.
import { requireAtLeast, requireFinite } from './rangeGuards';
import { detMath } from '../math/detMath';

/** Weidmann (1993) parameters: free walking speed (m/s), shape γ (1/m²) and jam density (persons/m²). */
export const WEIDMANN = { freeSpeedMs: 1.34, gammaPerM2: 1.913, jamDensityPerM2: 5.4 } as const;

/**
 * Walking speed (m/s) in a crowd of `densityPerM2` persons/m²: v = v0 [1 − exp(−γ (1/ρ − 1/ρmax))],
 * v0 = 1.34 m/s, γ = 1.913 /m², ρmax = 5.4 /m². Guarantees 0 ≤ v ≤ 1.34 and v non-increasing with density.
 * Source: Weidmann (1993), Transporttechnik der Fussgänger, ETH Zürich IVT Schriftenreihe 90, eq. for v(ρ).
 * Density ≤ 0 returns the free speed v0 (an empty walkway); at and above the jam density 5.4 /m² it returns 0 (the
 * formula would turn negative). Throws RangeError for non-finite density.
 */
export function weidmannSpeedMs(densityPerM2: number): number {
  requireFinite('densityPerM2', densityPerM2);
  if (densityPerM2 <= 0) return WEIDMANN.freeSpeedMs;
  if (densityPerM2 >= WEIDMANN.jamDensityPerM2) return 0;
  const spacing = 1 / densityPerM2 - 1 / WEIDMANN.jamDensityPerM2;
  return WEIDMANN.freeSpeedMs * (1 - detMath.exp(-WEIDMANN.gammaPerM2 * spacing));
}

/** Fruin walkway level of service, A (free) to F (jammed). */
export type FruinLos = 'A' | 'B' | 'C' | 'D' | 'E' | 'F';

/** International foot, squared, in m² (exact). */
export const SQUARE_METRES_PER_SQUARE_FOOT = 0.09290304;

/** Lower bound of area per person (ft²) for A–D, each included; E is above 5 ft², F at or below it. */
const LOS_FLOOR_FT2: readonly (readonly [FruinLos, number])[] = [['A', 35], ['B', 25], ['C', 15], ['D', 10]];
const F_CEILING_FT2 = 5;

/**
 * Fruin walkway level of service from crowd density, via area per person in ft² (1 ft² = 0.09290304 m²):
 * A ≥ 35; B 25 to < 35; C 15 to < 25; D 10 to < 15; E > 5 to < 10; F ≤ 5. Never improves as density rises.
 * Source: Fruin, Pedestrian Planning and Design (1971; rev. 1987), ch. 4, walkway levels of service.
 * Zero density (no one on the walkway) is A. The area is compared after rounding away floating-point noise below
 * 1e-9 ft², so a density computed from exactly 35 ft² per person is A. Throws RangeError for negative or
 * non-finite density.
 */
export function fruinWalkwayLos(densityPerM2: number): FruinLos {
  requireAtLeast('densityPerM2', densityPerM2, 0);
  if (densityPerM2 === 0) return 'A';
  const areaFt2 = Math.round(1e9 / (densityPerM2 * SQUARE_METRES_PER_SQUARE_FOOT)) / 1e9;
  const band = LOS_FLOOR_FT2.find(([, floorFt2]) => areaFt2 >= floorFt2);
  if (band) return band[0];
  return areaFt2 > F_CEILING_FT2 ? 'E' : 'F';
}
