// The physics of a leaking gas cloud and its blast: cloud mass, ignition hazard, TNT equivalence, and who is
// hurt at each distance. Pure functions; the explosion system feeds them the state of the drill.
import { blastOverpressureKpa, eardrumRuptureProbability, lungDeathProbability, structuralDamageProbability } from '../../models/blast.ts';
import { detMath } from '../../math/detMath.ts';

/** Lower heating values, MJ/kg (hazard-models.md §3.1): LPG ≈ 46, methane-rich town gas ≈ 50. */
export const heatOfCombustionMjKg = { lpg: 46.0, townGas: 50.0 } as const;
/** TNT blast energy pinned for the whole code base, MJ/kg (4.184–4.836 are in use; CCPS uses ≈ 4.68). */
export const tntMjKg = 4.68;

/** Cloud mass after `dtS`: gas added while the valve is open, thinned with the given half-life. */
export function nextCloudKg(cloudKg: number, options: { releaseKgPerS: number; valveOpen: boolean; halfLifeS: number; dtS: number }): number {
  const added = options.valveOpen ? options.releaseKgPerS * options.dtS : 0;
  return (cloudKg + added) * detMath.pow(0.5, options.dtS / options.halfLifeS);
}

/**
 * Chance of ignition within `dtS` for a Poisson hazard of `ratePerHour` scaled by the share of ignition
 * sources present; 0 while the cloud is too thin to burn.
 */
export function ignitionProbability(options: { cloudKg: number; ignitableCloudKg: number; ratePerHour: number; sourceShare: number; dtS: number }): number {
  if (options.cloudKg < options.ignitableCloudKg) return 0;
  return 1 - detMath.exp(-(options.ratePerHour / 3600) * options.sourceShare * options.dtS);
}

/** TNT equivalent of a vapour-cloud blast, W = η M ΔHc / E_TNT (CCPS; Crowl & Louvar 2011, eq. 6-26). */
export function tntEquivalentKg(cloudKg: number, heatOfCombustionMjPerKg: number, yieldFraction: number): number {
  return (yieldFraction * cloudKg * heatOfCombustionMjPerKg) / tntMjKg;
}

export interface BlastHarm { overpressureKpa: number; deathProbability: number; injuryProbability: number; structuralDamageProbability: number }

/**
 * Harm at `distanceM`: a person's death by lung haemorrhage and injury by eardrum rupture (Eisenberg 1975 probits,
 * counted as injured only when not killed), and a building's structural damage. Closer than the blast's own
 * radius, the pressure at that radius is used.
 */
export function blastHarm(tntKg: number, distanceM: number): BlastHarm {
  const overpressureKpa = blastOverpressureKpa(tntKg, Math.max(distanceM, 0.3 * detMath.cbrt(tntKg)));
  const deathProbability = lungDeathProbability(overpressureKpa * 1000);
  const injuryProbability = Math.max(0, eardrumRuptureProbability(overpressureKpa * 1000) - deathProbability);
  return { overpressureKpa, deathProbability, injuryProbability, structuralDamageProbability: structuralDamageProbability(overpressureKpa * 1000) };
}

/** Offsets (m) of 37 points spread evenly over a disc of radius 1: a village's houses around its centre. */
const discPoints: { x: number; y: number }[] = [{ x: 0, y: 0 }];
for (const [ring, count] of [[1, 6], [2, 12], [3, 18]] as const) {
  for (let k = 0; k < count; k++) discPoints.push({ x: (ring / 3) * detMath.cos((2 * Math.PI * k) / count), y: (ring / 3) * detMath.sin((2 * Math.PI * k) / count) });
}

/** Mean harm to residents and houses spread over a disc of `radiusM` whose centre is `centreDistanceM` from the blast (the highest pressure met). */
export function villageHarm(tntKg: number, centreDistanceM: number, radiusM: number): BlastHarm {
  const mean: BlastHarm = { overpressureKpa: 0, deathProbability: 0, injuryProbability: 0, structuralDamageProbability: 0 };
  for (const p of discPoints) {
    const harm = blastHarm(tntKg, detMath.hypot(centreDistanceM + p.x * radiusM, p.y * radiusM));
    mean.deathProbability += harm.deathProbability / discPoints.length;
    mean.injuryProbability += harm.injuryProbability / discPoints.length;
    mean.structuralDamageProbability += harm.structuralDamageProbability / discPoints.length;
    mean.overpressureKpa = Math.max(mean.overpressureKpa, harm.overpressureKpa);
  }
  return mean;
}
