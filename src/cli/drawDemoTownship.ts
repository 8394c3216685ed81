// Draws the demo township 示范乡 (10 × 8 km): writes scenarios/maps/demo-township.tmj and its two tileset images.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { HEIGHT, TERRAINS, WIDTH, elevationM, landCover, riverY, RIVER_HALF_WIDTH, EMBANKMENT_CREST_M } from './demoTownship/geography.ts';
import { facilities, isBare, isBuiltUp, places, roads, shelters, stations, villages, water, type Pt, type Spot } from './demoTownship/features.ts';
import { TILE, objectIdsUsed, objectLayer, pointObject, polylineObject, stringifyMap, tileLayer, tileset, tilesetPng } from './demoTownship/tiled.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const COLOURS: Record<(typeof TERRAINS)[number], [number, number, number]> = {
  grass: [172, 196, 128], forest: [96, 138, 92], farmland: [218, 208, 146], water: [126, 166, 200],
  builtUp: [186, 164, 150], bare: [200, 186, 160], wetland: [140, 178, 162],
};

function fail(message: string): never {
  console.error(`drawDemoTownship: ${message}`);
  process.exit(1);
}

/** Every cell's land cover and height, sampled at the cell's centre. */
function drawLand(): { terrain: (typeof TERRAINS)[number][]; heights: number[] } {
  const terrain: (typeof TERRAINS)[number][] = [];
  const heights: number[] = [];
  for (let row = 0; row < HEIGHT; row++) {
    for (let col = 0; col < WIDTH; col++) {
      const [x, y] = [col + 0.5, row + 0.5];
      terrain.push(landCover(x, y, isBuiltUp(x, y), isBare(x, y)));
      heights.push(elevationM(x, y));
    }
  }
  return { terrain, heights };
}

/** Height bands: 1 m up to 150 m (where floods are decided), 5 m above. */
const bandOf = (h: number): number => (h < 150 ? Math.round(h) : 5 * Math.round(h / 5));
function elevationBands(heights: number[]): number[] {
  const low = bandOf(Math.min(...heights));
  const high = bandOf(Math.max(...heights));
  const bands: number[] = [];
  for (let v = low; v < 150; v++) bands.push(v);
  for (let v = 150; v <= high; v += 5) bands.push(v);
  return bands;
}

function cellAt([x, y]: Pt): number {
  return Math.min(HEIGHT - 1, Math.floor(y)) * WIDTH + Math.min(WIDTH - 1, Math.floor(x));
}

/** The road graph must be one component; vertices that nearly meet must meet exactly. */
function checkRoadNetwork(): Pt[] {
  const vertices = roads.flatMap((r) => r.pts.map((p, i) => ({ p, road: r.id, i })));
  const parent = vertices.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] ?? i)));
  const join = (a: number, b: number): void => { parent[find(a)] = find(b); };
  vertices.forEach((v, i) => {
    if (i > 0 && vertices[i - 1]?.road === v.road) join(i - 1, i);
    vertices.forEach((w, k) => {
      const d = Math.hypot(v.p[0] - w.p[0], v.p[1] - w.p[1]);
      if (k <= i || d > 0.5) return;
      if (d > 0) fail(`${v.road}[${v.i}] and ${w.road}[${w.i}] nearly meet (${(d * 100).toFixed(0)} m) but are not equal`);
      join(i, k);
    });
  });
  const components = new Set(vertices.map((_, i) => find(i)));
  if (components.size !== 1) fail(`the road network has ${components.size} components, expected 1`);
  return vertices.map((v) => v.p);
}

function checkMap(terrain: string[]): void {
  const spots: Spot[] = [...villages, ...stations, ...facilities, ...shelters, ...places];
  const ids = [...spots, ...roads, ...water].map((o) => o.id);
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dup) fail(`duplicate id ${dup}`);
  const bad = ids.find((id) => !/^[a-z0-9-]+$/.test(id));
  if (bad) fail(`id ${bad} is not lower-case ASCII`);
  const vertices = checkRoadNetwork();
  for (const s of spots) {
    const nearest = Math.min(...vertices.map((p) => Math.hypot(p[0] - s.at[0], p[1] - s.at[1])));
    if (nearest > 3) fail(`${s.id} is ${(nearest * 100).toFixed(0)} m from the nearest road vertex (max 300 m)`);
    if (terrain[cellAt(s.at)] === 'water' && s.id !== 'qingshui-river') fail(`${s.id} stands in the river`);
  }
  for (const r of roads) {
    const wet = r.pts.filter((p) => terrain[cellAt(p)] === 'water').length;
    if (r.props.bridge !== true && wet > 0) fail(`${r.id} has a vertex in the river but is not a bridge`);
    const [a, b] = [r.pts[0], r.pts[r.pts.length - 1]];
    if (r.props.bridge === true && (wet > 0 || !a || !b || terrain[cellAt([(a[0] + b[0]) / 2, (a[1] + b[1]) / 2])] !== 'water')) {
      fail(`bridge ${r.id} must span the river from bank to bank`);
    }
  }
  const lowGround = villages.filter((v) => elevationM(...v.at) < EMBANKMENT_CREST_M - 3).map((v) => v.id);
  const shelterBeds = shelters.reduce((n, s) => n + Number(s.props.capacity), 0);
  const lowPeople = villages.filter((v) => lowGround.includes(v.id)).reduce((n, v) => n + Number(v.props.population), 0);
  if (lowGround.length < 2 || shelterBeds < lowPeople) fail(`low-ground villages ${lowGround.join(', ')} (${lowPeople} people) vs ${shelterBeds} shelter places`);
  for (const s of shelters) if (elevationM(...s.at) < EMBANKMENT_CREST_M) fail(`shelter ${s.id} lies below the embankment crest`);
}

function main(): void {
  const { terrain, heights } = drawLand();
  checkMap(terrain);
  const bands = elevationBands(heights);
  const [low = 0, high = 1] = [bands[0], bands[bands.length - 1]];
  const grey = (v: number): [number, number, number] => { const g = Math.round(40 + (200 * (v - low)) / (high - low)); return [g, g, g]; };
  const terrainPng = tilesetPng(TERRAINS.map((t) => COLOURS[t]), TERRAINS.length);
  const elevationPng = tilesetPng(bands.map(grey), 16);
  mkdirSync(`${ROOT}public/tiles`, { recursive: true });
  mkdirSync(`${ROOT}scenarios/maps`, { recursive: true });
  writeFileSync(`${ROOT}public/tiles/terrain.png`, terrainPng.png);
  writeFileSync(`${ROOT}public/tiles/elevation.png`, elevationPng.png);

  const elevationGid = 1 + TERRAINS.length;
  const layers = [
    tileLayer(1, 'terrain', WIDTH, HEIGHT, terrain.map((t) => 1 + TERRAINS.indexOf(t))),
    tileLayer(2, 'elevation', WIDTH, HEIGHT, heights.map((h) => elevationGid + bands.indexOf(bandOf(h)))),
    objectLayer(3, 'water', water.map(polylineObject)),
    objectLayer(4, 'roads', roads.map(polylineObject)),
    objectLayer(5, 'villages', villages.map(pointObject)),
    objectLayer(6, 'stations', stations.map(pointObject)),
    objectLayer(7, 'facilities', facilities.map(pointObject)),
    objectLayer(8, 'shelters', shelters.map(pointObject)),
    objectLayer(9, 'places', places.map(pointObject)),
  ];
  const map = {
    compressionlevel: -1, type: 'map', version: '1.10', tiledversion: '1.10.2', orientation: 'orthogonal',
    renderorder: 'right-down', infinite: false, width: WIDTH, height: HEIGHT, tilewidth: TILE, tileheight: TILE,
    nextlayerid: layers.length + 1, nextobjectid: objectIdsUsed(),
    properties: [
      { name: 'cellSizeM', type: 'int', value: 100 },
      { name: 'nameEn', type: 'string', value: 'Shifan Township' },
      { name: 'nameZh', type: 'string', value: '示范乡' },
    ],
    tilesets: [
      tileset(1, 'terrain', '../../public/tiles/terrain.png', terrainPng, TERRAINS.map((t) => ({ terrain: t })), TERRAINS.length),
      tileset(elevationGid, 'elevation', '../../public/tiles/elevation.png', elevationPng, bands.map((v) => ({ elevationM: v })), 16),
    ],
    layers,
  };
  writeFileSync(`${ROOT}scenarios/maps/demo-township.tmj`, stringifyMap(map, WIDTH));
  const count = (t: string): number => terrain.filter((c) => c === t).length;
  console.log(`demo-township.tmj: ${WIDTH}×${HEIGHT} cells, elevation ${low}–${high} m in ${bands.length} bands, ` +
    `river at y ≈ ${riverY(0).toFixed(1)}–${riverY(WIDTH).toFixed(1)} (±${RIVER_HALF_WIDTH} cells); ` +
    TERRAINS.map((t) => `${t} ${count(t)}`).join(', '));
}

main();
