import { describe, expect, it } from 'vitest';
import { floodGeometry } from '../../../src/sim/incidents/flood/floodGeometry.ts';
import type { FloodSpec } from '../../../src/sim/incidents/flood/floodSpec.ts';
import { damageShareAt } from '../../../src/sim/incidents/flood/peopleInWater.ts';
import { rainEndS, rainSinceStartMm, signalAt } from '../../../src/sim/incidents/flood/rainCourse.ts';
import {
  breachProbability, catchmentCurveNumber, embankmentLevels, initialRiver, layBags, sandbagRaiseM, stepRiver,
} from '../../../src/sim/incidents/flood/riverPhysics.ts';
import { floodDefaults } from '../../../src/sim/incidents/flood/floodDefaults.ts';
import { ratingDischargeM3s } from '../../../src/sim/models/riverStage.ts';
import { scenarioDrill } from '../../support/demoDrill.ts';

const drill = () => scenarioDrill('scenarios/demo-river-flood.json');
const spec = () => drill().scenario.incidents[0] as FloodSpec;
const objectAt = (id: string) => [...drill().map.places, ...drill().map.facilities].find((o) => o.id === id)!.at;
const geometry = () => floodGeometry(drill().map, spec(), objectAt('liuwan-weakpoint'), objectAt('hetan-pumping'));

describe('the flood’s map geometry', () => {
  it('lets breach water in on dry land behind the weak point, on the villages’ side of the river', () => {
    const g = geometry();
    const map = drill().map;
    expect(map.terrain[g.breachCell]).not.toBe('water');
    const row = Math.floor(g.breachCell / map.widthCells);
    expect(row * map.cellSizeM).toBeLessThan(objectAt('liuwan-weakpoint').yM);
    expect(g.weakGroundM).toBeLessThan(123);
  });

  it('gives the weak reach exactly its length of crest, and the rest of the embankment the rest', () => {
    const g = geometry();
    expect(g.crest.filter((r) => r.weak).reduce((n, r) => n + r.lengthM, 0)).toBeCloseTo(50, 9);
    expect(g.crest.filter((r) => !r.weak).reduce((n, r) => n + r.lengthM, 0)).toBeGreaterThan(3000);
    expect(g.mapCrestM).toBe(127.5);
  });

  it('puts the dike road on the crest, the X031 bridge over the river and Hetan’s houses on land', () => {
    const g = geometry();
    const kinds = (road: string) => new Set(g.roads.find((r) => r.road === road)!.cells.map((c) => c.kind));
    expect(kinds('dike-road')).toEqual(new Set(['crest', 'weakCrest']));
    expect(kinds('x031-bridge').has('bridge')).toBe(true);
    const hetan = drill().map.villages.findIndex((v) => v.id === 'hetan');
    expect(g.villageCells[hetan]!.length).toBeGreaterThan(20);
    for (const cell of g.villageCells[hetan]!) expect(drill().map.terrain[cell]).not.toBe('water');
  });
});

describe('the river and its embankment', () => {
  it('starts the river in balance at its initial stage', () => {
    const river = initialRiver(spec(), 80);
    expect(river.stageM).toBe(124);
    expect(river.storageM3).toBeCloseTo(ratingDischargeM3s(124, spec().river.rating) * 3 * 3600, 6);
  });

  it('rises when the storm’s runoff comes in and falls back with none', () => {
    const river = initialRiver(spec(), 80);
    const wet = stepRiver(river, spec(), { stormRainMm: 160, curveNumber: 80, drawnM3s: 0, dtS: 600 });
    const dry = stepRiver(river, spec(), { stormRainMm: 60, curveNumber: 80, drawnM3s: 0, dtS: 600 });
    expect(wet.stageM).toBeGreaterThan(river.stageM);
    expect(dry.stageM).toBeLessThan(river.stageM);
    expect(stepRiver(river, spec(), { stormRainMm: 160, curveNumber: 80, drawnM3s: 800, dtS: 600 }).stageM).toBeLessThan(wet.stageM);
  });

  it('weights the map’s land cover for the catchment’s curve number when the scenario gives none', () => {
    const withoutCn = { ...spec(), catchment: { areaKm2: 150 } };
    const cn = catchmentCurveNumber(withoutCn, drill().map.terrain);
    const values = Object.values(floodDefaults.curveNumbers);
    expect(cn).toBeGreaterThan(Math.min(...values));
    expect(cn).toBeLessThan(Math.max(...values));
    expect(catchmentCurveNumber(spec(), drill().map.terrain)).toBe(80);
  });

  it('never breaches below the seepage stage, breaches more readily as the river rises, and far less once the seepage is ringed', () => {
    expect(breachProbability(spec(), 125.5, false, 60)).toBe(0);
    const low = breachProbability(spec(), 126, false, 60);
    const high = breachProbability(spec(), 126.8, false, 60);
    expect(high).toBeGreaterThan(low);
    expect(high).toBeCloseTo(1 - Math.exp(-2 / 60), 12);
    expect(breachProbability(spec(), 126.8, true, 60)).toBeCloseTo(1 - Math.exp(-0.04 / 60), 12);
  });

  it('lays bags into a ring well round found seepage first, then into the sub-levee, never more than were brought', () => {
    const bags = { stock: 1000, ringWell: 0, wall: 0, deliveredBy: [] };
    const hour = layBags(spec(), bags, { crewCount: 30, seepageFound: true, dtS: 3600 });
    expect(hour).toMatchObject({ stock: 400, ringWell: 400, wall: 200 });
    expect(layBags(spec(), bags, { crewCount: 30, seepageFound: false, dtS: 3600 })).toMatchObject({ ringWell: 0, wall: 600 });
    expect(layBags(spec(), bags, { crewCount: 300, seepageFound: false, dtS: 3600 })).toMatchObject({ stock: 0, wall: 1000 });
  });

  it('raises the 50 m weak reach by a metre for 65 × 50 bags, up to the most a sub-levee may add', () => {
    expect(sandbagRaiseM(spec(), { stock: 0, ringWell: 400, wall: 65 * 50 * 0.4, deliveredBy: [] })).toBeCloseTo(0.4, 12);
    expect(sandbagRaiseM(spec(), { stock: 0, ringWell: 400, wall: 1e6, deliveredBy: [] })).toBe(1);
    expect(embankmentLevels(spec(), { mapCrestM: 127.5, weakGroundM: 122, raiseM: 0.4 })).toEqual({ crestM: 127.5, weakCrestM: 127.2, sillM: 122, deckM: 126.5 });
  });
});

describe('the storm and the houses', () => {
  it('gives the red rainstorm signal at the start of the demo storm and none once it is over', () => {
    const course = { spec: spec(), steadyMmH: 30, steadyForS: 10_800 };
    expect(signalAt(course, 0)).toBe('red');
    expect(rainEndS(course)).toBe(4 * 3600);
    expect(rainSinceStartMm(course, 4 * 3600)).toBeCloseTo(140, 9);
    expect(signalAt(course, 5 * 3600)).toBe('none');
  });

  it('falls back on the weather’s steady rain when the scenario gives no storm', () => {
    const course = { spec: { ...spec(), rain: undefined }, steadyMmH: 30, steadyForS: 7200 };
    expect(rainSinceStartMm(course, 3600)).toBeCloseTo(30, 9);
    expect(rainSinceStartMm(course, 99_999)).toBeCloseTo(60, 9);
    expect(signalAt(course, 0)).toBe('orange');
  });

  it('reads house damage off the JRC depth–damage curve for Asia, between its points', () => {
    const table = floodDefaults.damage.depthDamage;
    expect(damageShareAt(table, 0)).toBe(0);
    expect(damageShareAt(table, 0.5)).toBeCloseTo(0.33, 12);
    expect(damageShareAt(table, 0.75)).toBeCloseTo(0.41, 12);
    expect(damageShareAt(table, 2.5)).toBeCloseTo(0.795, 12);
    expect(damageShareAt(table, 9)).toBe(1);
  });
});
