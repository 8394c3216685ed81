import { describe, expect, it } from 'vitest';
import { crewRateMPerS } from '../../../src/sim/incidents/fire/wildlandCrews.ts';
import { WildlandSpec } from '../../../src/sim/incidents/fire/wildlandSpec.ts';
import type { WildlandPhysics } from '../../../src/sim/incidents/fire/wildlandPhysics.ts';
import type { Simulation } from '../../../src/sim/index.ts';
import { createSimulation } from '../../../src/sim/index.ts';
import type { Terrain } from '../../../src/sim/scenario/vocabulary.ts';
import { tinyDrill, tinyMap, tinyRoster, tinyScenario } from '../../support/tinyTownship.ts';
import { tellEveryone } from '../../support/toldEveryone.ts';

/** Burnt and burning cell states (fireGrid.ts `Cell`). */
const BURNING = 2;
const BURNT = 3;
const terrains: readonly Terrain[] = ['grass', 'forest', 'farmland', 'water', 'builtUp', 'bare'];
const width = 40;
const height = 20;

/** The tiny township (40 × 20 cells of 100 m) with the land cover and ground height the test draws. */
function fireMap(terrainAt: (col: number, row: number) => Terrain, elevationAt: (col: number, row: number) => number = () => 100) {
  const map = tinyMap({ roads: [{ id: 'main', roadClass: 'provincial', points: [[0, 1950], [4000, 1950]] }], villages: { alpha: [500, 1000], beta: [3500, 1000] } });
  const cells = Array.from({ length: width * height }, (_, i) => ({ col: i % width, row: Math.floor(i / width) }));
  const heights = [...new Set(cells.map((c) => elevationAt(c.col, c.row)))].sort((a, b) => a - b);
  map.tilesets = [
    { firstgid: 1, name: 'terrain', tilecount: terrains.length, tiles: terrains.map((t, id) => ({ id, properties: [{ name: 'terrain', type: 'string', value: t }] })) },
    { firstgid: 1 + terrains.length, name: 'elevation', tilecount: heights.length, tiles: heights.map((h, id) => ({ id, properties: [{ name: 'elevationM', type: 'float', value: h }] })) },
  ] as typeof map.tilesets;
  map.layers[0]!.data = cells.map((c) => 1 + terrains.indexOf(terrainAt(c.col, c.row)));
  map.layers[1]!.data = cells.map((c) => 1 + terrains.length + heights.indexOf(elevationAt(c.col, c.row)));
  return map;
}

function fireRoster() {
  const roster = tinyRoster();
  const car = roster.vehicles.car;
  return {
    ...roster,
    vehicles: { ...roster.vehicles, waterTanker: car, excavator: car },
    units: [
      ...roster.units,
      { id: 'alpha-fire', nameZh: '扑火队', nameEn: 'alpha fire squad', owner: 'alpha', base: 'alpha', vehicle: 'car', crewCount: 10, capabilities: ['fire'] },
      { id: 'office-tanker', nameZh: '水罐车', nameEn: 'tanker', owner: 'office', base: 'office', vehicle: 'waterTanker', crewCount: 2, capabilities: ['fire', 'pumping'] },
      { id: 'office-digger', nameZh: '挖掘机', nameEn: 'digger', owner: 'office', base: 'office', vehicle: 'excavator', crewCount: 2, capabilities: ['heavyLifting'] },
    ],
  };
}

interface FireSetup {
  terrainAt?: (col: number, row: number) => Terrain;
  elevationAt?: (col: number, row: number) => number;
  at: [number, number];
  weather?: object;
  fire?: object;
  wildland?: object;
  seed?: string;
}

function grassFire(setup: FireSetup): Simulation {
  const incident = {
    factor: 'fire', kind: 'wildland', id: 'blaze', titleZh: '草场火', titleEn: 'grass fire', start: { atS: 0 }, at: { xM: setup.at[0], yM: setup.at[1] },
    discovery: { by: 'alpha', delayS: 0 },
    groundTruth: { unitZh: '草场', unitEn: 'grassland', placeZh: '村外', placeEn: 'outside the village', domain: 'floodAndFirePrevention', estimatedLossYuan: 0 },
    expected: { lead: ['office'], support: [] },
    smoulderS: 0, wildland: { grass: { curingPct: 95 }, ...setup.wildland }, ...setup.fire,
  };
  const scenario = tinyScenario({
    incidents: [incident], durationS: 7200,
    weather: { temperatureC: 25, humidityPct: 20, windMs: 6, windFromDeg: 270, rainMmH: 0, ...setup.weather },
  });
  const map = fireMap(setup.terrainAt ?? (() => 'grass'), setup.elevationAt);
  return createSimulation(tinyDrill({ map, roster: fireRoster(), scenario }), setup.seed ?? 'fire-test');
}

const physicsOf = (sim: Simulation) => sim.snapshot().incidents[0]!.physics as WildlandPhysics;
const incidentOf = (sim: Simulation) => sim.snapshot().incidents[0]!;
/** Burnt or burning cells on each side of column `col`. */
function burntEitherSide(sim: Simulation, col: number): { before: number; after: number } {
  const cells = physicsOf(sim).cells;
  const count = (pick: (c: number) => boolean) => cells.filter((s, i) => (s === BURNT || s === BURNING) && pick(i % width)).length;
  return { before: count((c) => c < col), after: count((c) => c > col) };
}
const give = (sim: Simulation, order: object) => expect(sim.dispatch(order)).toMatchObject({ ok: true });

describe('a grass fire on the cells of the map', () => {
  it('runs further downwind than upwind', () => {
    const sim = grassFire({ at: [2050, 1050], wildland: { fuels: { grass: { pVeg: 0, pDen: -0.4 } } } });
    sim.advance(1800);
    const { before, after } = burntEitherSide(sim, 20);
    expect(after).toBeGreaterThan(2 * before);
  });

  it('runs further uphill than downhill in calm air', () => {
    const sim = grassFire({ at: [2050, 1050], weather: { windMs: 0 }, elevationAt: (col) => 100 + 15 * col, wildland: { fuels: { grass: { pVeg: 0, pDen: -0.4 } } } });
    sim.advance(3600);
    const { before, after } = burntEitherSide(sim, 20);
    expect(after).toBeGreaterThan(2 * before);
  });

  it('does not cross a river or bare ground, and goes out when nothing is left to burn', () => {
    const sim = grassFire({ at: [1050, 1050], terrainAt: (col) => (col === 25 ? 'water' : col === 26 ? 'bare' : 'grass'), weather: { windMs: 10 } });
    sim.advance(7200);
    expect(burntEitherSide(sim, 26).after).toBe(0);
    expect(burntEitherSide(sim, 25).before).toBeGreaterThan(100);
    expect(incidentOf(sim).phaseHistory.map((p) => p.phase)).toContain('out');
  });

  it('does not spread in heavy rain', () => {
    const sim = grassFire({ at: [2050, 1050], weather: { rainMmH: 5, humidityPct: 95 } });
    sim.advance(1800);
    expect(physicsOf(sim).cells.filter((s) => s === BURNT).length).toBeLessThanOrEqual(1);
  });

  it('is put out while smouldering by a fire crew that gets there in time', () => {
    const sim = grassFire({ at: [1050, 1050], fire: { smoulderS: 1800 } });
    give(sim, { type: 'dispatchUnit', by: 'alpha', unit: 'alpha-fire', to: { incident: 'blaze' } });
    sim.advance(1800);
    expect(incidentOf(sim).phaseHistory.map((p) => p.phase).slice(0, 3)).toEqual(['smouldering', 'out', 'watch']);
    expect(physicsOf(sim).cells.filter((s) => s === BURNT).length).toBe(1);
  });

  it('pumps a tanker dry on the flame edge and then fights with hand tools only', () => {
    const sim = grassFire({ at: [3050, 550], fire: { water: { waterTanker: { loadL: 600, flowLs: 5 } } }, weather: { windMs: 3 } });
    sim.advance(900);
    give(sim, { type: 'dispatchUnit', by: 'command-post', unit: 'office-tanker', to: { incident: 'blaze' } });
    const tanker = () => physicsOf(sim).crews.find((c) => c.unit === 'office-tanker');
    expect(tanker()).toBeUndefined();
    sim.advance(1800);
    expect(tanker()!.waterL).toBe(0);
    expect(crewRateMPerS(tanker()!, WildlandSpec.parse({}))).toBeCloseTo((2 * 200) / 3600, 6);
  });
});

describe('a grass fire running at a village', () => {
  const houses = (col: number, row: number): Terrain => (col >= 4 && col <= 6 && row >= 9 && row <= 11 ? 'builtUp' : 'grass');
  /** An east wind drives a fire lit east of alpha onto its houses after a long smoulder. */
  const setup: FireSetup = { at: [1550, 1050], terrainAt: houses, weather: { windMs: 8, windFromDeg: 90 }, fire: { smoulderS: 1500 }, wildland: { firebreak: { machineMPerH: 6000, breachShare: 0 }, threatDistanceM: 400 } };

  it('threatens the village and then burns into its houses, hurting those at home', () => {
    const sim = grassFire(setup);
    const events = sim.advance(3600);
    expect(events.filter((e) => e.type === 'incident.notice').map((e) => (e as { notice: string }).notice)).toEqual(expect.arrayContaining(['villageThreatened', 'villageReached']));
    expect(physicsOf(sim).villageTolls.find((t) => t.village === 'alpha')!.injuredCount).toBeGreaterThan(0);
  });

  it('stays out of the houses once a firebreak is cut around them', () => {
    const sim = grassFire(setup);
    tellEveryone(sim, 'blaze');
    give(sim, { type: 'dispatchUnit', by: 'command-post', unit: 'office-digger', to: { incident: 'blaze' } });
    sim.advance(600);
    give(sim, { type: 'actOnIncident', by: 'command-post', incident: 'blaze', action: 'cutFirebreak', unit: 'office-digger' });
    sim.advance(3000);
    expect(physicsOf(sim).cells.filter((s) => s === 4).length).toBeGreaterThan(8);
    expect(physicsOf(sim).villageCellsReachedCount).toBe(0);
    expect(incidentOf(sim).casualties.injuredCount).toBe(0);
  });

  it('hurts fewer of those still at home when the village was warned', () => {
    const warned = grassFire(setup);
    give(warned, { type: 'issueWarning', by: 'command-post', colour: 'red', to: ['alpha'], message: '山火逼近，立即撤离' });
    const unwarned = grassFire(setup);
    warned.advance(3600);
    unwarned.advance(3600);
    expect(physicsOf(warned).villageCellsReachedCount).toBe(physicsOf(unwarned).villageCellsReachedCount);
    expect(incidentOf(warned).casualties.injuredCount).toBeLessThan(incidentOf(unwarned).casualties.injuredCount);
  });
});

describe('the watch after a grass fire', () => {
  const setup: FireSetup = { at: [1050, 1050], fire: { smoulderS: 1800, watch: { watchS: 1800, rekindleRatePerHour: 20, coldAfterS: 3600 } } };

  function putOut() {
    const sim = grassFire(setup);
    give(sim, { type: 'dispatchUnit', by: 'alpha', unit: 'alpha-fire', to: { incident: 'blaze' } });
    sim.advance(900);
    expect(incidentOf(sim).phase).toBe('watch');
    return sim;
  }

  it('ends in extinguished when the crew stays for the whole watch', () => {
    const sim = putOut();
    sim.advance(2400);
    expect(incidentOf(sim).status).toBe('ended');
    expect(incidentOf(sim).phaseHistory.map((p) => p.phase)).not.toContain('spreading');
  });

  it('can flare up again when the watch is ended early', () => {
    const sim = putOut();
    give(sim, { type: 'actOnIncident', by: 'command-post', incident: 'blaze', action: 'endWatch' });
    const events = sim.advance(2400);
    expect(events.some((e) => e.type === 'incident.notice' && e.notice === 'rekindled')).toBe(true);
    expect(incidentOf(sim).phaseHistory.map((p) => p.phase)).toContain('unguarded');
  });
});
