// Builds a small township in code (a Tiled map, a roster and a scenario) for tests that need exact geometry.
import { readFileSync } from 'node:fs';
import type { Drill } from '../../src/sim/index.ts';
import { formatProblems, loadDrill } from '../../src/sim/index.ts';

type Xy = [number, number];
interface RoadSpec { id: string; roadClass: 'provincial' | 'county' | 'village' | 'track'; points: Xy[] }

const prop = (name: string, value: unknown) => ({ name, type: typeof value === 'number' ? (Number.isInteger(value) ? 'int' : 'float') : typeof value === 'boolean' ? 'bool' : 'string', value });
const named = (id: string) => [prop('nameZh', `${id}中文`), prop('nameEn', id)];

/**
 * A 40 × 20 cell map of 100 m cells (tiles of 10 px, so 1 px = 10 m), all farmland at 100 m, with the given
 * roads (points in metres). Two villages, a station, a shelter and a county entry sit where the options say.
 */
export function tinyMap(options: { roads: RoadSpec[]; villages?: Record<string, Xy>; shelter?: Xy; station?: Xy; entry?: Xy }) {
  const px = (m: number) => m / 10;
  const point = (id: string, [x, y]: Xy, props: ReturnType<typeof prop>[]) => ({ id: 0, name: id, x: px(x), y: px(y), point: true, width: 0, height: 0, properties: [...named(id), ...props] });
  const villages = options.villages ?? { alpha: [500, 1000], beta: [3500, 1000] };
  let nextId = 1;
  const withIds = <T extends { id: number }>(list: T[]) => list.map((o) => ({ ...o, id: nextId++ }));
  return {
    type: 'map', orientation: 'orthogonal', infinite: false, width: 40, height: 20, tilewidth: 10, tileheight: 10,
    properties: [prop('cellSizeM', 100), prop('nameZh', '小乡'), prop('nameEn', 'Tiny Township')],
    tilesets: [
      { firstgid: 1, name: 'terrain', tilecount: 1, tiles: [{ id: 0, properties: [prop('terrain', 'farmland')] }] },
      { firstgid: 2, name: 'elevation', tilecount: 1, tiles: [{ id: 0, properties: [prop('elevationM', 100.5)] }] },
    ],
    layers: [
      { type: 'tilelayer', name: 'terrain', width: 40, height: 20, data: Array<number>(800).fill(1) },
      { type: 'tilelayer', name: 'elevation', width: 40, height: 20, data: Array<number>(800).fill(2) },
      { type: 'objectgroup', name: 'roads', objects: withIds(options.roads.map((r) => ({ id: 0, name: r.id, x: 0, y: 0, polyline: r.points.map(([x, y]) => ({ x: px(x), y: px(y) })), properties: [...named(r.id), prop('roadClass', r.roadClass)] }))) },
      { type: 'objectgroup', name: 'water', objects: [] },
      { type: 'objectgroup', name: 'villages', objects: withIds(Object.entries(villages).map(([id, at]) => point(id, at, [
        prop('population', 300), prop('households', 100), prop('elderlyAlone', 20), prop('children', 40), prop('cadres', 4),
        prop('militia', 10), prop('volunteers', 6), prop('infoReporterZh', '张三（支书）'), prop('infoReporterEn', 'Zhang San (party secretary)'),
      ]))) },
      { type: 'objectgroup', name: 'stations', objects: withIds([point('office', options.station ?? [2000, 1000], [prop('kind', 'emergencyOffice')]), point('traffic', options.station ?? [2000, 1000], [prop('kind', 'trafficPolice')])]) },
      { type: 'objectgroup', name: 'facilities', objects: [] },
      { type: 'objectgroup', name: 'shelters', objects: withIds([point('hall', options.shelter ?? [2000, 1100], [prop('capacity', 400), prop('openAtStart', false)])]) },
      { type: 'objectgroup', name: 'places', objects: withIds([point('entry', options.entry ?? [3950, 1000], [prop('kind', 'countyEntry')]), point('post', options.station ?? [2000, 1000], [prop('kind', 'commandPost')])]) },
    ],
  };
}

export function tinyRoster() {
  const speeds = { provincial: 72, county: 54, village: 36, track: 18 };
  const unit = (id: string, owner: string, base: string, capabilities: string[], extra: object = {}) =>
    ({ id, nameZh: `${id}队`, nameEn: id, owner, base, vehicle: 'car', crewCount: 4, capabilities, ...extra });
  return {
    schemaVersion: 1,
    vehicles: { car: { nameZh: '车', nameEn: 'car', speedKmh: speeds, offRoadKmh: 3.6 } },
    units: [
      unit('office-team', 'office', 'office', ['evacuation', 'transport']),
      unit('traffic-car', 'traffic', 'traffic', ['trafficControl']),
      unit('alpha-militia', 'alpha', 'alpha', ['evacuation', 'search']),
      unit('beta-militia', 'beta', 'beta', ['evacuation', 'search']),
      unit('county-engine', 'county', 'entry', ['fire'], { countyForce: 'fireRescue' }),
    ],
  };
}

export function tinyScenario(overrides: Record<string, unknown> = {}) {
  return {
    schemaVersion: 1, id: 'tiny', titleZh: '小乡演练', titleEn: 'Tiny drill', briefingZh: '测试', briefingEn: 'test',
    map: 'maps/tiny.tmj', roster: 'rosters/tiny.json', start: '2026-07-01T08:00', durationS: 3600, seed: 7,
    weather: { temperatureC: 20, humidityPct: 50, windMs: 3, windFromDeg: 90, rainMmH: 0 },
    countySupport: [{ force: 'fireRescue', delayS: 600 }],
    injects: [{ id: 'first-call', atS: 120, to: 'alpha', messageZh: '报告', messageEn: 'a call', expectedActionZh: '上报', expectedActionEn: 'report' }],
    ...overrides,
  };
}

/** Loads a tiny township drill, throwing (a test bug) when the parts do not fit together. */
export function tinyDrill(parts: { map?: object; roster?: object; scenario?: object } = {}): Drill {
  const files: Record<string, string> = {
    'tiny/scenario.json': JSON.stringify(parts.scenario ?? tinyScenario()),
    'tiny/maps/tiny.tmj': JSON.stringify(parts.map ?? tinyMap({ roads: [{ id: 'main', roadClass: 'provincial', points: [[0, 1000], [2000, 1000], [4000, 1000]] }] })),
    'tiny/rosters/tiny.json': JSON.stringify(parts.roster ?? tinyRoster()),
    'tiny/rubrics/default.json': readFileSync('scenarios/rubrics/default.json', 'utf8'),
  };
  const loaded = loadDrill('tiny/scenario.json', (p) => files[p]);
  if (!loaded.ok) throw new Error(formatProblems(loaded.problems));
  return loaded.value;
}
