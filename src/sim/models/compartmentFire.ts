// A room fire's two thresholds: the heat release rate that brings flashover, and the most a ventilation-limited fire releases.
import { requireAbove } from './rangeGuards';

/** A room: its inner surface and its opening (door or window). */
export interface Compartment {
  /** Total area of the room's inner surfaces (walls, ceiling, floor), less the openings: A_T, m². */
  surfaceAreaM2: number;
  /** Area of the opening: A_v, m². */
  openingAreaM2: number;
  /** Height of the opening: H_v, m. */
  openingHeightM: number;
}

function opening(room: Compartment): { areaM2: number; rootHeightM: number; surfaceM2: number } {
  const areaM2 = requireAbove('openingAreaM2', room.openingAreaM2, 0);
  const heightM = requireAbove('openingHeightM', room.openingHeightM, 0);
  const surfaceM2 = requireAbove('surfaceAreaM2', room.surfaceAreaM2, 0);
  if (surfaceM2 < areaM2) throw new RangeError(`surfaceAreaM2 must be at least the opening's ${areaM2} m², got ${surfaceM2}`);
  return { areaM2, rootHeightM: Math.sqrt(heightM), surfaceM2 };
}

/**
 * Heat release rate at flashover by Thomas: Q_fo = 7.8 A_T + 378 A_v √H_v kW (a 600 °C upper-layer rise).
 * Source: Thomas (1981), Fire Mater. 5:103; PD 7974-1:2019 eq. 28. Throws RangeError for an opening that is not
 * above 0, or a surface smaller than the opening.
 */
export function thomasFlashoverHrrKw(room: Compartment): number {
  const o = opening(room);
  return 7.8 * o.surfaceM2 + 378 * o.areaM2 * o.rootHeightM;
}

/**
 * Heat release rate at flashover by McCaffrey, Quintiere & Harkleroad: Q_fo = 610 (h_k A_T A_v √H_v)^½ kW, with
 * h_k the effective heat-transfer coefficient of the linings, kW/(m²·K) (a 500 °C upper-layer rise).
 * Source: McCaffrey, Quintiere & Harkleroad (1981), Fire Technol. 17:98; PD 7974-1:2019 eq. 29.
 * Throws RangeError for h_k not above 0, or the opening errors of thomasFlashoverHrrKw.
 */
export function mqhFlashoverHrrKw(room: Compartment, liningHkKwM2K: number): number {
  const o = opening(room);
  requireAbove('liningHkKwM2K', liningHkKwM2K, 0);
  return 610 * Math.sqrt(liningHkKwM2K * o.surfaceM2 * o.areaM2 * o.rootHeightM);
}

/**
 * Most heat a ventilation-limited (post-flashover) room fire releases: Q_max = 1500 A_v √H_v kW (Kawagoe's air
 * inflow 0.5 A_v √H_v kg/s × 3 MJ per kg of air). Source: Kawagoe (1958); PD 7974-1:2019 eq. 33.
 * Throws RangeError for an opening area or height that is not above 0.
 */
export function ventilationLimitedHrrKw(openingAreaM2: number, openingHeightM: number): number {
  requireAbove('openingAreaM2', openingAreaM2, 0);
  requireAbove('openingHeightM', openingHeightM, 0);
  return 1500 * openingAreaM2 * Math.sqrt(openingHeightM);
}
