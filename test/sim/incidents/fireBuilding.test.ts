import { describe, expect, it } from 'vitest';
import type { TimedOrder } from '../../../src/sim/index.ts';
import { runDrill } from '../../../src/cli/runDrill.ts';
import type { BuildingPhysics } from '../../../src/sim/incidents/fire/buildingFire.ts';
import type { Simulation } from '../../../src/sim/index.ts';
import { availableActions, createSimulation } from '../../../src/sim/index.ts';
import { refusalText } from '../../../src/i18n/refusalText.ts';
import { scenarioDrill } from '../../support/demoDrill.ts';
import { planOrders } from '../../support/demoPlan.ts';
import { tinyDrill, tinyRoster, tinyScenario } from '../../support/tinyTownship.ts';
import { tellEveryone, withEveryoneTold } from '../../support/toldEveryone.ts';

const scenario = 'scenarios/demo-elder-home-fire.json';
const plan = planOrders('scenarios/plans/demo-elder-home-fire.json');

function outcome(orders: readonly TimedOrder[]) {
  const drill = scenarioDrill(scenario);
  const { sim, log } = runDrill({ drill, seed: drill.scenario.seed, orders: withEveryoneTold(drill, orders), untilS: drill.scenario.durationS });
  const incident = sim.snapshot().incidents[0]!;
  return { incident, physics: incident.physics as BuildingPhysics, phases: incident.phaseHistory.map((p) => p.phase), refused: log.filter((l) => l.kind === 'rejected') };
}

const nothing = outcome([]);

describe('a night fire at the elder-care home', () => {
  it('left alone, flashes over with most of its 72 residents still inside', () => {
    expect(nothing.phases.slice(0, 3)).toEqual(['smouldering', 'growing', 'fullyDeveloped']);
    expect(nothing.incident.casualties.deadCount).toBeGreaterThanOrEqual(30);
    expect(nothing.incident.casualties.deadCount + nothing.incident.casualties.injuredCount).toBe(72 - nothing.physics.escapedCount);
  });

  it('is knocked down before flashover by the reference plan, with every resident out and nobody hurt', () => {
    const reference = outcome(plan);
    expect(reference.refused).toEqual([]);
    expect(reference.phases).toEqual(['smouldering', 'growing', 'contained', 'out', 'watch', 'extinguished']);
    expect(reference.incident.casualties).toEqual({ deadCount: 0, injuredCount: 0, seriousInjuredCount: 0, missingCount: 0 });
    expect(reference.physics.escapedCount).toBe(72);
    expect(reference.incident.lossYuan).toBeLessThan(nothing.incident.lossYuan / 10);
  });

  it('saves residents when responders get them out before flashover, even with no fire crew on the fire', () => {
    const dispatch = (unit: string): TimedOrder => ({ atS: 370, order: { type: 'dispatchUnit', by: 'command-post', unit, to: { incident: 'elder-home-fire' } } });
    const evacuateOnly = outcome([
      dispatch('zj-inspection'), dispatch('zrzy-geo-patrol'), dispatch('scjg-team'), dispatch('wl-stewards'),
      { atS: 460, order: { type: 'actOnIncident', by: 'command-post', incident: 'elder-home-fire', action: 'evacuateBuilding', unit: 'zj-inspection' } },
    ]);
    expect(evacuateOnly.refused).toEqual([]);
    expect(evacuateOnly.phases).toContain('fullyDeveloped');
    expect(evacuateOnly.physics.escapedCount).toBeGreaterThan(nothing.physics.escapedCount + 5);
    expect(evacuateOnly.incident.casualties.deadCount).toBeLessThan(nothing.incident.casualties.deadCount - 3);
  });

  it('flashes over at the heat the room of origin needs (Thomas)', () => {
    expect(nothing.physics.flashoverHrrKw).toBeCloseTo(7.8 * 94 + 378 * 1.89 * Math.sqrt(2.1), 3);
  });
});

describe('a house fire in a dense village', () => {
  function houseFire(building: object = {}): Simulation {
    const roster = tinyRoster();
    const incident = {
      factor: 'fire', kind: 'building', id: 'house', titleZh: '民房火灾', titleEn: 'house fire', start: { atS: 0 }, at: { place: 'alpha' },
      discovery: { by: 'alpha', delayS: 0 },
      groundTruth: { unitZh: '村民住宅', unitEn: 'a villager’s house', placeZh: '村中', placeEn: 'in the village', domain: 'fireSafety', estimatedLossYuan: 0 },
      expected: { lead: ['office'], support: [] }, smoulderS: 0,
      building: { growth: 'ultrafast', occupants: 4, neighbours: { count: 3, spreadRatePerHour: 6, firebreakCrewMin: 60 }, ...building },
    };
    return createSimulation(tinyDrill({
      roster: {
        ...roster,
        vehicles: { ...roster.vehicles, fireEngine: roster.vehicles.car },
        units: [
          ...roster.units,
          { id: 'alpha-fire', nameZh: '义务消防队', nameEn: 'alpha fire squad', owner: 'alpha', base: 'alpha', vehicle: 'car', crewCount: 10, capabilities: ['fire'] },
          { id: 'office-engine', nameZh: '消防车', nameEn: 'fire engine', owner: 'office', base: 'office', vehicle: 'fireEngine', crewCount: 6, capabilities: ['fire'] },
        ],
      },
      scenario: tinyScenario({ incidents: [incident], durationS: 7200 }),
    }), 'house-fire');
  }
  const physicsOf = (sim: Simulation) => sim.snapshot().incidents[0]!.physics as BuildingPhysics;
  const give = (sim: Simulation, order: object) => expect(sim.dispatch(order)).toMatchObject({ ok: true });

  it('spreads to the houses next door while it burns unchecked', () => {
    const sim = houseFire();
    sim.advance(3600);
    expect(physicsOf(sim).neighboursBurning).toBeGreaterThanOrEqual(2);
    expect(sim.snapshot().incidents[0]!.lossYuan).toBeGreaterThan(3_000_000);
  });

  it('stops spreading once a firebreak is opened between the houses', () => {
    const sim = houseFire();
    give(sim, { type: 'dispatchUnit', by: 'alpha', unit: 'alpha-fire', to: { incident: 'house' } });
    sim.advance(300);
    give(sim, { type: 'actOnIncident', by: 'alpha', incident: 'house', action: 'cutFirebreak', unit: 'alpha-fire' });
    sim.advance(3300);
    expect(physicsOf(sim).neighboursBurning).toBeLessThanOrEqual(1);
  });

  it('offers a firebreak between houses next door, and refuses one at a detached building with its reason', () => {
    const row = houseFire();
    expect(availableActions(row.world.drill.scenario.incidents[0]!).map((a) => a.id)).toContain('cutFirebreak');
    const detached = houseFire({ neighbours: { count: 0 } });
    expect(availableActions(detached.world.drill.scenario.incidents[0]!).map((a) => a.id)).toEqual(['evacuateBuilding', 'endWatch']);
    give(detached, { type: 'dispatchUnit', by: 'alpha', unit: 'alpha-fire', to: { incident: 'house' } });
    detached.advance(300);
    const refused = detached.dispatch({ type: 'actOnIncident', by: 'alpha', incident: 'house', action: 'cutFirebreak', unit: 'alpha-fire' });
    expect(refused).toMatchObject({ ok: false, reason: 'action-not-for-incident' });
    expect(refused.ok ? '' : refusalText(detached.world, 'zh', refused)).toBe('“开设隔离带”不适用于民房火灾这类事件');
  });

  it('is knocked down when fully developed by a fire engine’s water, not by a squad with extinguishers', () => {
    const squad = houseFire({ neighbours: { count: 0 } });
    squad.advance(300);
    tellEveryone(squad, 'house');
    give(squad, { type: 'dispatchUnit', by: 'alpha', unit: 'alpha-fire', to: { incident: 'house' } });
    squad.advance(900);
    expect(squad.snapshot().incidents[0]!.phase).toBe('fullyDeveloped');
    const engine = houseFire({ neighbours: { count: 0 } });
    engine.advance(300);
    tellEveryone(engine, 'house');
    give(engine, { type: 'dispatchUnit', by: 'command-post', unit: 'office-engine', to: { incident: 'house' } });
    engine.advance(900);
    expect(engine.snapshot().incidents[0]!.phaseHistory.map((p) => p.phase)).toEqual(expect.arrayContaining(['fullyDeveloped', 'contained', 'out']));
    expect(physicsOf(engine).water[0]!.waterL).toBeLessThan(6000);
  });
});
