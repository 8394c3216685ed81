// The severely poisoned wait for treatment: the clinic and the medical units sent to the incident treat them as
// fast as their capacity allows, and those still waiting may die. Also keeps an incident's toll equal to totals.
import type { SimContext } from '../../simContext.ts';
import { unitsAtIncident } from '../../units/incidentPresence.ts';
import { recordCasualties } from '../incidentHost.ts';
import type { ActiveIncident } from '../incidentState.ts';
import type { CareSpec } from './poisoningSpec.ts';
import { detMath } from '../../math/detMath.ts';
import type { CareState } from './poisoningPhysics.ts';

export const noPatients = (): CareState => ({ waitingCount: 0, treatedCount: 0, deadCount: 0, carry: 0, tollAtS: 0 });

/** Whole people: the dead, the injured alive, and the seriously injured (重伤: acute poisoning counts) among them. */
export interface Toll { deadCount: number; injuredCount: number; seriousInjuredCount: number }

/** Injuries without deaths are told to the feed at most this often, so that it stays readable. */
const tollEveryS = 300;

/** Crew on scene of units with any of `capabilities`, in roster order. */
export function crewAtIncident(ctx: SimContext, incident: string, capabilities: readonly string[]): number {
  return unitsAtIncident(ctx, incident).reduce((n, u) => {
    const def = ctx.world.units.get(u.id)!;
    return def.capabilities.some((c) => capabilities.includes(c)) ? n + def.crewCount : n;
  }, 0);
}

/**
 * One step of care: new severe patients join the queue, the clinic and the medical crews on scene treat as many as
 * their capacity allows, and each patient still waiting dies with probability 1 − e^(−rate Δt) (the 'poisoning'
 * stream). Treated patients survive. Returns the deaths of this step.
 */
export function careStep(ctx: SimContext, care: CareState, spec: CareSpec, step: { incident: string; newSevereCount: number; dtS: number }): number {
  care.waitingCount += step.newSevereCount;
  const medics = crewAtIncident(ctx, step.incident, ['medical']);
  const capacity = ((spec.clinicPatientsPerHour + medics * spec.patientsPerMedicPerHour) * step.dtS) / 3600 + care.carry;
  const treated = Math.min(care.waitingCount, Math.floor(capacity));
  care.waitingCount -= treated;
  care.treatedCount += treated;
  care.carry = care.waitingCount > 0 ? capacity - treated : Math.min(capacity - treated, 1);
  const dying = 1 - detMath.exp((-spec.untreatedSevereDeathRatePerHour * step.dtS) / 3600);
  const dead = care.waitingCount > 0 ? ctx.random.binomial('poisoning', care.waitingCount, dying) : 0;
  care.waitingCount -= dead;
  care.deadCount += dead;
  return dead;
}

/**
 * Brings the incident's recorded toll to these totals: at once when someone has died or `settled` (nothing more will
 * change before the incident ends), otherwise at most every five minutes.
 */
export function recordToll(ctx: SimContext, incident: ActiveIncident<'poisoning'>, care: CareState, toll: Toll, settled: boolean): void {
  const was = incident.casualties;
  const due = settled || toll.deadCount !== was.deadCount || ctx.state.timeS - care.tollAtS >= tollEveryS;
  if (!due) return;
  care.tollAtS = ctx.state.timeS;
  recordCasualties(ctx, incident, {
    deadCount: toll.deadCount - was.deadCount,
    injuredCount: toll.injuredCount - was.injuredCount,
    seriousInjuredCount: toll.seriousInjuredCount - was.seriousInjuredCount,
  });
}
