import { describe, expect, it } from 'vitest';
import { formatProblems, loadDrill } from '../../../src/sim/index.ts';
import { demoDrill, demoScenarioPath, fileText, readWith } from '../../support/demoDrill.ts';

const scenarioJson = () => JSON.parse(fileText(demoScenarioPath)) as Record<string, unknown>;
const rosterPath = 'scenarios/rosters/demo-township.json';
const mapPath = 'scenarios/maps/demo-township.tmj';

function problemsFor(overrides: Record<string, string>) {
  const loaded = loadDrill(demoScenarioPath, readWith(overrides));
  if (loaded.ok) throw new Error('expected the drill to be refused');
  return formatProblems(loaded.problems);
}

describe('the demo township', () => {
  const { map, roster } = demoDrill();

  it('is about 10 by 8 km of 100 m cells', () => {
    expect(map.widthCells * map.cellSizeM).toBe(10_000);
    expect(map.heightCells * map.cellSizeM).toBe(8_000);
  });

  it('has hills, forest, grassland, farmland, a river and low ground', () => {
    expect(new Set(map.terrain)).toEqual(new Set(['grass', 'forest', 'farmland', 'water', 'builtUp', 'wetland', 'bare']));
    expect(Math.max(...map.elevationM) - Math.min(...map.elevationM)).toBeGreaterThan(200);
    expect(map.water.map((w) => w.kind).sort()).toEqual(['embankment', 'river']);
    expect(map.places.map((p) => p.kind)).toEqual(expect.arrayContaining(['dangerousBend', 'lowGround', 'embankmentWeakPoint', 'countyEntry', 'commandPost']));
  });

  it('has at least six villages, each with a three-in-one force and an information reporter', () => {
    expect(map.villages.length).toBeGreaterThanOrEqual(6);
    for (const v of map.villages) {
      expect(v.cadres * v.militia * v.volunteers, v.id).toBeGreaterThan(0);
      expect(v.infoReporterZh.length, v.id).toBeGreaterThan(0);
      const ownUnits = roster.units.filter((u) => u.owner === v.id);
      expect(ownUnits.length, v.id).toBeGreaterThanOrEqual(3);
    }
  });

  it('has every township station and a facility of every inspection domain', () => {
    expect(new Set(map.stations.map((s) => s.kind)).size).toBe(12);
    expect(new Set(map.facilities.map((f) => f.domain)).size).toBe(9);
  });

  it('has a provincial road, a bridge and county forces waiting off the map edge', () => {
    expect(map.roads.some((r) => r.roadClass === 'provincial')).toBe(true);
    expect(map.roads.some((r) => r.bridge)).toBe(true);
    expect(new Set(roster.units.filter((u) => u.owner === 'county').map((u) => u.countyForce))).toEqual(new Set(['fireRescue', 'medical', 'trafficPolice', 'emergencyManagement']));
  });
});

describe('a malformed scenario', () => {
  it('that is not JSON is refused with the file name', () => {
    expect(problemsFor({ [demoScenarioPath]: '{ "id": ' })).toMatch(/^scenarios\/demo-flood-transfer\.json: not valid JSON/);
  });

  it('that is empty is refused', () => {
    expect(problemsFor({ [demoScenarioPath]: '  \n' })).toBe('scenarios/demo-flood-transfer.json: the file is empty');
  });

  it('that is huge is refused without being parsed', () => {
    expect(problemsFor({ [demoScenarioPath]: `[${'0,'.repeat(5_000_000)}0]` })).toMatch(/too large/);
  });

  it('that misses a field names the field', () => {
    const s = scenarioJson();
    delete s.weather;
    expect(problemsFor({ [demoScenarioPath]: JSON.stringify(s) })).toContain('scenarios/demo-flood-transfer.json: weather:');
  });

  it('with a misspelt key names the key', () => {
    const s = { ...scenarioJson(), durationSecs: 60 };
    expect(problemsFor({ [demoScenarioPath]: JSON.stringify(s) })).toMatch(/durationSecs/);
  });

  it('with a wrong type names the field path', () => {
    const s = scenarioJson();
    (s.weather as Record<string, unknown>).windMs = 'strong';
    expect(problemsFor({ [demoScenarioPath]: JSON.stringify(s) })).toMatch(/demo-flood-transfer\.json: weather\.windMs: .*number/);
  });

  it('with an out-of-range number says the limit', () => {
    const s = scenarioJson();
    (s.weather as Record<string, unknown>).humidityPct = 140;
    expect(problemsFor({ [demoScenarioPath]: JSON.stringify(s) })).toMatch(/weather\.humidityPct: .*100/);
  });

  it('with an inject to a team that does not exist names the inject', () => {
    const s = scenarioJson();
    (s.injects as Record<string, unknown>[])[1]!.to = 'nowhere-village';
    expect(problemsFor({ [demoScenarioPath]: JSON.stringify(s) })).toBe('scenarios/demo-flood-transfer.json: injects.1.to: no team "nowhere-village": use command-post, a station, a village or a facility with units');
  });

  it('that names a missing map says which file is missing', () => {
    const s = { ...scenarioJson(), map: 'maps/atlantis.tmj' };
    expect(problemsFor({ [demoScenarioPath]: JSON.stringify(s) })).toBe('scenarios/maps/atlantis.tmj: no such file');
  });

  it('with an incident of a factor the sim does not know names the incident', () => {
    const s = { ...scenarioJson(), incidents: [{ id: 'quake-1', factor: 'earthquake' }] };
    expect(problemsFor({ [demoScenarioPath]: JSON.stringify(s) })).toMatch(/demo-flood-transfer\.json: incidents\.0\.factor: /);
  });
});

describe('a malformed roster', () => {
  const roster = () => JSON.parse(fileText(rosterPath)) as { units: Record<string, unknown>[]; vehicles: Record<string, unknown> };

  it('with a unit based at a place not on the map names the unit and the place', () => {
    const r = roster();
    r.units[0]!.base = 'moon-base';
    expect(problemsFor({ [rosterPath]: JSON.stringify(r) })).toBe(`${rosterPath}: units.0.base: no map object "moon-base"`);
  });

  it('with an unknown vehicle or owner names both', () => {
    const r = roster();
    r.units[2]!.vehicle = 'hovercraft';
    r.units[3]!.owner = 'nobody';
    const text = problemsFor({ [rosterPath]: JSON.stringify(r) });
    expect(text).toContain('units.2.vehicle: no vehicle "hovercraft"');
    expect(text).toContain('units.3.owner: no station, village or facility "nobody"');
  });

  it('with a duplicate unit id says so', () => {
    const r = roster();
    r.units[1]!.id = r.units[0]!.id;
    expect(problemsFor({ [rosterPath]: JSON.stringify(r) })).toMatch(/units\.1\.id: the unit id ".*" is used twice/);
  });

  it('with a vehicle missing a road class speed names the road class', () => {
    const r = roster();
    const first = Object.values(r.vehicles)[0] as { speedKmh: Record<string, number> };
    delete first.speedKmh.track;
    expect(problemsFor({ [rosterPath]: JSON.stringify(r) })).toMatch(/vehicles\.\w+\.speedKmh\.track/);
  });
});

describe('a malformed map', () => {
  const tmj = () => JSON.parse(fileText(mapPath)) as { layers: { name: string; type: string; data?: number[]; objects?: { name: string; properties: { name: string; value: unknown }[] }[] }[]; properties: { name: string; value: unknown }[]; tilesets: Record<string, unknown>[] };
  const layer = (m: ReturnType<typeof tmj>, name: string) => m.layers.find((l) => l.name === name)!;

  it('without a cell size names the map property', () => {
    const m = tmj();
    m.properties = m.properties.filter((p) => p.name !== 'cellSizeM');
    expect(problemsFor({ [mapPath]: JSON.stringify(m) })).toMatch(/demo-township\.tmj: properties\.cellSizeM/);
  });

  it('with an empty terrain cell names the row and column', () => {
    const m = tmj();
    layer(m, 'terrain').data![205] = 0;
    expect(problemsFor({ [mapPath]: JSON.stringify(m) })).toContain('layers.terrain.data: cell at row 2, column 5 is empty');
  });

  it('with a village whose population is negative names the village and property', () => {
    const m = tmj();
    const village = layer(m, 'villages').objects![0]!;
    village.properties.find((p) => p.name === 'population')!.value = -5;
    expect(problemsFor({ [mapPath]: JSON.stringify(m) })).toContain(`villages.${village.name}.population`);
  });

  it('with a tileset kept in a separate file says to embed it', () => {
    const m = tmj();
    m.tilesets[0] = { firstgid: 1, source: 'terrain.tsx' };
    expect(problemsFor({ [mapPath]: JSON.stringify(m) })).toMatch(/tilesets\.0\.source: tilesets must be embedded/);
  });

  it('with base64 layer data says to save the layer as CSV', () => {
    const m = tmj();
    (layer(m, 'elevation') as unknown as Record<string, unknown>).data = 'eJzt3c';
    expect(problemsFor({ [mapPath]: JSON.stringify(m) })).toMatch(/save the layer as CSV/);
  });

  it('with two objects of the same id names the clash', () => {
    const m = tmj();
    layer(m, 'shelters').objects![0]!.name = layer(m, 'villages').objects![0]!.name;
    expect(problemsFor({ [mapPath]: JSON.stringify(m) })).toMatch(/is already used in layer villages/);
  });
});

describe('a malformed rubric', () => {
  // The rubric the demo scenario (flood transfer) is judged by.
  const rubricPath = 'scenarios/rubrics/flood-transfer.json';

  it('with a measure the scorer does not know names the item', () => {
    const r = JSON.parse(fileText(rubricPath)) as { capabilities: { items: { measure: string }[] }[] };
    r.capabilities[1]!.items[0]!.measure = 'vibes';
    expect(problemsFor({ [rubricPath]: JSON.stringify(r) })).toMatch(/rubrics\/flood-transfer\.json: capabilities\.1\.items\.0\.measure: /);
  });

  it('with P/S/M thresholds out of order says so', () => {
    const r = JSON.parse(fileText(rubricPath)) as { psmu: Record<string, number> };
    r.psmu = { P: 0.5, S: 0.7, M: 0.4 };
    expect(problemsFor({ [rubricPath]: JSON.stringify(r) })).toMatch(/psmu: P > S > M/);
  });
});

describe('an incident naming an id that does not exist in its own fields', () => {
  function withIncident(path: string, change: (incident: Record<string, unknown>) => void) {
    const s = JSON.parse(fileText(path)) as { incidents: Record<string, unknown>[] };
    change(s.incidents[0]!);
    const loaded = loadDrill(path, readWith({ [path]: JSON.stringify(s) }));
    return loaded.ok ? '' : formatProblems(loaded.problems);
  }

  it('names the crash’s road when it is misspelt', () => {
    expect(withIncident('scenarios/demo-s215-bus-crash.json', (i) => { i.road = 's251'; })).toBe('scenarios/demo-s215-bus-crash.json: incidents.0.road: no road "s251"');
  });

  it('names a crowd’s approach road when it is misspelt', () => {
    expect(withIncident('scenarios/demo-temple-fair-crush.json', (i) => { i.approachRoads = ['road-qinglong', 'road-qingglong']; })).toBe('scenarios/demo-temple-fair-crush.json: incidents.0.approachRoads.1: no road "road-qingglong"');
  });
});
