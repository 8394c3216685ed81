// Tiled 1.10 JSON builders (tilesets, tile layers, point and polyline objects) and flat-colour tileset images.
import { PNG } from 'pngjs';
import type { Line, Pt, Spot } from './features.ts';

export const TILE = 32; // pixels per cell
type Value = string | number | boolean;
export interface Property { name: string; type: 'string' | 'int' | 'float' | 'bool'; value: Value }
const FLOAT_PROPS = new Set(['crestElevationM', 'elevationM']);

/** Tiled's typed property list; integers are `int` unless the contract says the property is a float. */
export function properties(props: Record<string, Value>): Property[] {
  return Object.entries(props).map(([name, value]) => ({
    name,
    type: typeof value === 'boolean' ? 'bool' : typeof value === 'string' ? 'string'
      : FLOAT_PROPS.has(name) || !Number.isInteger(value) ? 'float' : 'int',
    value,
  }));
}

/** A tileset image: one flat 32 × 32 square per colour, `columns` to a row. */
export function tilesetPng(colours: [number, number, number][], columns: number): { png: Buffer; width: number; height: number } {
  const rows = Math.ceil(colours.length / columns);
  const png = new PNG({ width: columns * TILE, height: rows * TILE });
  colours.forEach(([r, g, b], i) => {
    for (let y = 0; y < TILE; y++) {
      for (let x = 0; x < TILE; x++) {
        const o = (((Math.floor(i / columns) * TILE + y) * png.width) + (i % columns) * TILE + x) * 4;
        png.data[o] = r; png.data[o + 1] = g; png.data[o + 2] = b; png.data[o + 3] = 255;
      }
    }
  });
  return { png: PNG.sync.write(png), width: png.width, height: png.height };
}

export function tileset(firstgid: number, name: string, image: string, size: { width: number; height: number },
  tileProps: Record<string, Value>[], columns: number): object {
  return {
    firstgid, name, tilewidth: TILE, tileheight: TILE, tilecount: tileProps.length, columns, margin: 0, spacing: 0,
    image, imagewidth: size.width, imageheight: size.height,
    tiles: tileProps.map((p, id) => ({ id, properties: properties(p) })),
  };
}

let nextObjectId = 1;
export const objectIdsUsed = (): number => nextObjectId;
const px = ([x, y]: Pt): { x: number; y: number } => ({ x: Math.round(x * TILE), y: Math.round(y * TILE) });

export function pointObject(s: Spot): object {
  return { id: nextObjectId++, name: s.id, type: '', ...px(s.at), width: 0, height: 0, rotation: 0, visible: true, point: true,
    properties: properties(s.props) };
}

export function polylineObject(l: Line): object {
  const origin = px(l.pts[0] ?? [0, 0]);
  return { id: nextObjectId++, name: l.id, type: '', ...origin, width: 0, height: 0, rotation: 0, visible: true,
    polyline: l.pts.map((p) => { const q = px(p); return { x: q.x - origin.x, y: q.y - origin.y }; }),
    properties: properties(l.props) };
}

export const tileLayer = (id: number, name: string, width: number, height: number, data: number[]): object =>
  ({ id, name, type: 'tilelayer', x: 0, y: 0, width, height, opacity: 1, visible: true, data });

export const objectLayer = (id: number, name: string, objects: object[]): object =>
  ({ id, name, type: 'objectgroup', draworder: 'topdown', x: 0, y: 0, opacity: 1, visible: true, objects });

/** JSON as Tiled writes it, but with each tile layer's gids one map row per line (readable diffs). */
export function stringifyMap(map: object, width: number): string {
  const rows: string[] = [];
  const text = JSON.stringify(map, (key, value: unknown) => {
    if (key !== 'data' || !Array.isArray(value)) return value;
    const lines: string[] = [];
    for (let i = 0; i < value.length; i += width) lines.push(value.slice(i, i + width).join(','));
    rows.push(lines.join(',\n'));
    return `@@DATA${rows.length - 1}@@`;
  }, 1);
  return text.replace(/"@@DATA(\d+)@@"/g, (_, i: string) => `[\n${rows[Number(i)]}]`) + '\n';
}
