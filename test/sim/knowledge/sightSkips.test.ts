import { describe, expect, it } from 'vitest';
import type { SimState, Simulation } from '../../../src/sim/index.ts';
import { createSimulation } from '../../../src/sim/index.ts';
import { commanderOf } from '../../../src/sim/orders/authority.ts';
import { incidentSpecOf } from '../../../src/sim/state/incidentSpecOf.ts';
import { onTheSpotM, sightRangeM, visibleYet } from '../../../src/sim/knowledge/sightRanges.ts';
import { teamPlaces, unitHasEyes } from '../../../src/sim/knowledge/teamEyes.ts';
import { unitPositionAt } from '../../../src/sim/units/trips.ts';
import type { PointM } from '../../../src/sim/world/townshipMap.ts';
import { scenarioDrill } from '../../support/demoDrill.ts';
import { planOrders } from '../../support/demoPlan.ts';

/** Each team's nearest eye to a point (squared metres): its own place and its units on the map. */
function nearestEyes(sim: Simulation, state: SimState, at: PointM): Map<string, number> {
  const nearest = new Map<string, number>();
  const see = (team: string, eye: PointM) => {
    const d2 = (eye.xM - at.xM) ** 2 + (eye.yM - at.yM) ** 2;
    if (!(d2 >= (nearest.get(team) ?? Infinity))) nearest.set(team, d2);
  };
  for (const place of teamPlaces(sim.world)) see(place.team, place.at);
  for (const unit of state.units) {
    if (unitHasEyes(unit)) see(commanderOf(sim.world.units.get(unit.id)!, unit), unitPositionAt(unit, state.timeS));
  }
  return nearest;
}

/** What a team within sight of an active incident does not know of what it shows, looked at afresh. */
function unseen(sim: Simulation): string[] {
  const state = sim.snapshot();
  const missed: string[] = [];
  for (const incident of state.incidents) {
    const spec = incidentSpecOf(sim.world, state, incident.id)!;
    if (incident.status !== 'active' || !visibleYet(spec, incident.discoveredS)) continue;
    const at = 'place' in spec.at ? sim.world.objects.get(spec.at.place)!.at : { xM: spec.at.xM, yM: spec.at.yM };
    const rangeM = sightRangeM(spec, incident.phase);
    const seers = [...nearestEyes(sim, state, at)].filter(([, d2]) => d2 <= rangeM * rangeM);
    if ('place' in spec.at && sim.world.teams.has(spec.at.place)) seers.push([spec.at.place, 0]);
    for (const [team, d2] of seers) {
      const known = state.knowledge[team]?.[incident.id];
      const { deadCount, injuredCount, missingCount } = incident.casualties;
      const onTheSpot = d2 <= onTheSpotM * onTheSpotM;
      const casualtiesKnown = !onTheSpot || (known?.casualties?.deaths === deadCount && known.casualties.injured === injuredCount && known.casualties.missing === missingCount);
      if (known?.phase !== incident.phase || !casualtiesKnown) missed.push(`${state.timeS} s: ${team} sees ${incident.id} (${incident.phase}) but knows ${JSON.stringify(known ?? null)}`);
    }
  }
  return missed;
}

describe('sight skips the seconds in which nothing it reads has changed', () => {
  it.each(['demo-s215-bus-crash', 'demo-site-formwork-collapse'])('yet every team within sight of an incident knows, each second, what it shows (%s)', (id) => {
    const drill = scenarioDrill(`scenarios/${id}.json`);
    const plan = planOrders(`scenarios/plans/${id}.json`);
    const sim = createSimulation(drill);
    const missed: string[] = [];
    let next = 0;
    while (sim.timeS() < drill.scenario.durationS) {
      while (next < plan.length && plan[next]!.atS <= sim.timeS()) sim.dispatch(plan[next++]!.order);
      sim.advance(1);
      missed.push(...unseen(sim));
    }
    expect(missed.slice(0, 5)).toEqual([]);
  }, 300_000);
});
