// Grass-fire danger and spread factors: McArthur Mk5 grassland meter (as equations) and the Alexandridis CA wind factor.
import { requireAbove, requireAtLeast, requireFinite, requireWithin } from './rangeGuards';
import { detMath } from '../math/detMath';

/** Weather and fuel read off a McArthur Mk5 grassland meter. */
export interface GrasslandConditions {
  /** Air temperature, °C. */
  tempC: number;
  /** Relative humidity, %. */
  rhPct: number;
  /** Mean wind speed at 10 m, km/h. */
  windKmh: number;
  /** Degree of curing of the grass, % (0 green … 100 fully cured). */
  curingPct: number;
  /** Grass fuel load, t/ha. */
  fuelTha: number;
}

/** Output of the grassland meter. */
export interface GrasslandFireDanger {
  /** Grass fuel moisture content, %. */
  moisturePct: number;
  /** Grassland Fire Danger Index (dimensionless). */
  fdi: number;
  /** Forward rate of spread on level ground, km/h. */
  rosKmh: number;
}

/** Grass moisture below which the dry branch applies, and at or above which the fire will not spread (%). */
const DRY_BRANCH_BELOW_PCT = 18.8;
const NO_SPREAD_FROM_PCT = 30;

function grassMoisturePct(tempC: number, rhPct: number, curingPct: number): number {
  return (97.7 + 4.06 * rhPct) / (tempC + 6) - 0.00854 * rhPct + 3000 / curingPct - 30;
}

function grasslandFdi(moisturePct: number, windKmh: number, fuelTha: number): number {
  if (moisturePct < DRY_BRANCH_BELOW_PCT) return 3.35 * fuelTha * detMath.exp(-0.0897 * moisturePct + 0.0403 * windKmh);
  if (moisturePct < NO_SPREAD_FROM_PCT) {
    return 0.299 * fuelTha * detMath.exp(-1.686 + 0.0403 * windKmh) * (NO_SPREAD_FROM_PCT - moisturePct);
  }
  return 0;
}

/**
 * McArthur Mark 5 grassland meter as equations: grass moisture M, the Grassland Fire Danger Index (both moisture
 * branches, which meet at M = 18.8 %; 0 at M ≥ 30 %) and rate of spread R = 0.13 × GFDI km/h.
 * Guarantees fdi ≥ 0 and rosKmh = 0.13 × fdi; fdi rises with wind, temperature, curing and fuel load.
 * Source: Noble, Bary & Gill (1980), Aust. J. Ecol. 5:201–203, grassland equations.
 * Outside the meter's calibrated range the equations are evaluated as published (no clamping). Curing 0 % gives
 * infinite moisture and fdi 0 (green grass does not carry fire). Throws RangeError for tempC ≤ −6 °C (the moisture
 * equation's pole), rhPct outside 0–100, curingPct outside 0–100, negative wind or fuel load, or non-finite input.
 */
export function mcArthurGrassland(conditions: GrasslandConditions): GrasslandFireDanger {
  const tempC = requireAbove('tempC', conditions.tempC, -6);
  const rhPct = requireWithin('rhPct', conditions.rhPct, 0, 100);
  const windKmh = requireAtLeast('windKmh', conditions.windKmh, 0);
  const curingPct = requireWithin('curingPct', conditions.curingPct, 0, 100);
  const fuelTha = requireAtLeast('fuelTha', conditions.fuelTha, 0);
  const moisturePct = grassMoisturePct(tempC, rhPct, curingPct);
  const fdi = grasslandFdi(moisturePct, windKmh, fuelTha);
  return { moisturePct, fdi, rosKmh: 0.13 * fdi };
}

/** Alexandridis et al. (2008) wind constants, s/m. */
const C1_S_PER_M = 0.045;
const C2_S_PER_M = 0.131;

/**
 * Wind factor p_w = exp(c1 V) · exp(V c2 (cos θ − 1)) of the Alexandridis cellular automaton, with c1 = 0.045 s/m and
 * c2 = 0.131 s/m; θ is the angle between the wind direction and the direction of spread (0 = straight downwind).
 * Guarantees p_w > 0, p_w = 1 in calm air, symmetric in ±θ, largest downwind and smallest upwind (θ = 180°).
 * Source: Alexandridis, Vakalis, Siettos & Bafas (2008), Appl. Math. Comput. (Spetses 1990 cellular automaton),
 * wind-factor equation p_w with their fitted c1, c2.
 * Evaluated as published at any wind speed (the fit came from one fire, so strong winds are extrapolation); any
 * finite angle is accepted (cos is periodic). Throws RangeError for negative wind or non-finite input.
 */
export function alexandridisWindFactor(windMs: number, angleDeg: number): number {
  requireAtLeast('windMs', windMs, 0);
  const thetaRad = (requireFinite('angleDeg', angleDeg) * Math.PI) / 180;
  return detMath.exp(C1_S_PER_M * windMs) * detMath.exp(windMs * C2_S_PER_M * (detMath.cos(thetaRad) - 1));
}
