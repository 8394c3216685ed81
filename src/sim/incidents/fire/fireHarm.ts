// Who a fire hurts, as expected counts with the fractions carried from one reckoning to the next: no dice, so the
// same fire hurts fewer people exactly when fewer are in its way, and the spread's draws never depend on the toll.

export interface Toll { deadCount: number; injuredCount: number; seriousInjuredCount: number }

export interface HarmShares { deathShare: number; seriousShare: number; injuryShare: number }

/** Fractions of people not yet counted (each within ±½). Kept in the physics. */
export interface TollCarry { dead: number; serious: number; minor: number }

export const noToll = (): Toll => ({ deadCount: 0, injuredCount: 0, seriousInjuredCount: 0 });
export const noCarry = (): TollCarry => ({ dead: 0, serious: 0, minor: 0 });

function whole(carry: TollCarry, key: keyof TollCarry, expected: number): number {
  const total = carry[key] + expected;
  const count = Math.max(0, Math.round(total));
  carry[key] = total - count;
  return count;
}

/**
 * Harm to `count` people reached by the fire: `deathShare` × `factor` of them die; of the survivors `seriousShare`
 * × `factor` are seriously hurt (重伤); of the rest `injuryShare` × `factor` are hurt. Expected counts, rounded with
 * the carry; injured counts the seriously hurt too.
 */
export function harm(count: number, shares: HarmShares, carry: TollCarry, factor = 1): Toll {
  const p = (share: number) => Math.min(1, share * factor);
  const survivors = count * (1 - p(shares.deathShare));
  const deadCount = whole(carry, 'dead', count * p(shares.deathShare));
  const seriousInjuredCount = whole(carry, 'serious', survivors * p(shares.seriousShare));
  const minor = whole(carry, 'minor', survivors * (1 - p(shares.seriousShare)) * p(shares.injuryShare));
  return { deadCount, injuredCount: seriousInjuredCount + minor, seriousInjuredCount };
}

export function addToll(a: Toll, b: Toll): Toll {
  return { deadCount: a.deadCount + b.deadCount, injuredCount: a.injuredCount + b.injuredCount, seriousInjuredCount: a.seriousInjuredCount + b.seriousInjuredCount };
}
