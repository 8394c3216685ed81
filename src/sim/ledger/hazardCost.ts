// What an open hazard cost in a drill: the same drill run again on the same seed with the same orders but without
// that one hazard, and the differences in the incident's toll, loss and the time of the effect's phase.
import type { TimedOrder } from '../orders/timedOrders.ts';
import type { DrillRecord } from '../record.ts';
import type { Drill } from '../scenario/loadDrill.ts';
import { createSimulation } from '../simulation.ts';
import { drillOfRecord } from './drillWithHazards.ts';
import type { HazardEffect } from './hazardEffects.ts';

export interface HazardCost {
  hazard: string;
  effect: string;
  incident: string;
  /** More dead and injured with the hazard than without it (negative: fewer). */
  extraDeadCount: number;
  extraInjuredCount: number;
  extraLossYuan: number;
  /** The effect's phase: minutes sooner with the hazard (negative: later); null if it has none or neither run reached it. */
  phase: string | null;
  phaseSoonerMin: number | null;
  /** The phase was reached only with the hazard (it would not have happened without it). */
  phaseOnlyWithHazard: boolean;
}

interface Outcome { deadCount: number; injuredCount: number; lossYuan: number; phaseAtS: Map<string, number> }

function outcomeOf(drill: Drill, seed: string, orders: readonly TimedOrder[], untilS: number, incident: string): Outcome {
  const sim = createSimulation(drill, seed);
  const phaseAtS = new Map<string, number>();
  const note = (events: ReturnType<typeof sim.advance>) => {
    for (const e of events) if (e.type === 'incident.phaseChanged' && e.incident === incident && !phaseAtS.has(e.to)) phaseAtS.set(e.to, e.timeS);
  };
  for (const { atS, order } of orders) {
    if (atS > untilS) break;
    note(sim.advance(atS - sim.timeS()));
    const result = sim.dispatch(order);
    if (result.ok) note(result.events);
  }
  note(sim.advance(Math.max(0, untilS - sim.timeS())));
  const state = sim.snapshot().incidents.find((i) => i.id === incident);
  return { deadCount: state?.casualties.deadCount ?? 0, injuredCount: state?.casualties.injuredCount ?? 0, lossYuan: state?.lossYuan ?? 0, phaseAtS };
}

/**
 * The cost of each hazard a drill record ran with, each measured against a run without it alone.
 * `drill` is the drill as loaded from its scenario (no hazards); the record's placement and hazards are applied here.
 */
export function hazardCosts(drill: Drill, record: DrillRecord, effects: readonly HazardEffect[]): HazardCost[] {
  const hazards = record.hazards ?? [];
  const orders = record.orders.map((o) => ({ atS: o.atS, order: o.order }));
  return hazards.map((h) => {
    const withIt = drillOfRecord(drill, { hazards, placedAt: record.placedAt });
    const without = drillOfRecord(drill, { hazards: hazards.filter((other) => other !== h), placedAt: record.placedAt });
    if (!withIt.ok || !without.ok) throw new Error(`hazard ${h.hazard}: the recorded hazards no longer apply to ${drill.scenario.id}`);
    const a = outcomeOf(withIt.value, record.seed, orders, record.endS, h.incident);
    const b = outcomeOf(without.value, record.seed, orders, record.endS, h.incident);
    const phase = effects.find((e) => e.id === h.effect)?.costPhase ?? null;
    const atWith = phase === null ? undefined : a.phaseAtS.get(phase);
    const atWithout = phase === null ? undefined : b.phaseAtS.get(phase);
    return {
      hazard: h.hazard, effect: h.effect, incident: h.incident,
      extraDeadCount: a.deadCount - b.deadCount, extraInjuredCount: a.injuredCount - b.injuredCount, extraLossYuan: a.lossYuan - b.lossYuan,
      phase,
      phaseSoonerMin: atWith !== undefined && atWithout !== undefined ? Math.round((atWithout - atWith) / 60) : null,
      phaseOnlyWithHazard: atWith !== undefined && atWithout === undefined,
    };
  });
}
