// Rekindling (复燃) after the flame is out: a chance rate while nobody watches, scaled by how much of the watch is still owed.
import type { FireContext } from '../../../machines/fireMachine.ts';
import type { FireSpec } from './fireSpec.ts';
import { detMath } from '../../math/detMath.ts';

/**
 * Chance that the remains flare up within `dtS`: none while guards stand watch (they stamp out what flares), none
 * once the remains are cold; otherwise a Poisson hazard of `rekindleRatePerHour` × (1 − watch kept / watch needed).
 */
export function rekindleChance(spec: FireSpec, machine: FireContext, phase: string | null, dtS: number): number {
  if (phase !== 'watch' && phase !== 'unguarded') return 0;
  if (phase === 'watch' && machine.guards.length > 0) return 0;
  const owed = spec.watch.watchS > 0 ? Math.max(0, 1 - machine.guardedS / spec.watch.watchS) : 0;
  return 1 - detMath.exp(-(spec.watch.rekindleRatePerHour * owed * dtS) / 3600);
}
