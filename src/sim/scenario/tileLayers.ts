// Decodes a Tiled tile layer into per-cell values through a property that the tiles of a tileset carry.
import type { ContentProblem } from './contentError.ts';
import type { TiledMap, TiledTileLayer } from './tiledSchema.ts';

/** Tiled keeps flip flags in the top bits of a gid; they do not change what a cell is. */
const gidMask = 0x1fffffff;

/** Map from gid to the value of `property` on that tile, across all tilesets. */
export function tilePropertyByGid(map: TiledMap, property: string): Map<number, unknown> {
  const byGid = new Map<number, unknown>();
  for (const tileset of map.tilesets) {
    for (const tile of tileset.tiles) {
      const prop = tile.properties.find((p) => p.name === property);
      if (prop) byGid.set(tileset.firstgid + tile.id, prop.value);
    }
  }
  return byGid;
}

/**
 * Every cell's value, or problems naming the first cells that have no value. `accept` turns a tile's
 * property value into a cell value, or null when the value is not acceptable.
 */
export function decodeTileLayer<T>(options: {
  file: string;
  map: TiledMap;
  layer: TiledTileLayer;
  property: string;
  accept: (value: unknown) => T | null;
}): { values: T[]; problems: ContentProblem[] } {
  const { file, map, layer, property, accept } = options;
  const problems: ContentProblem[] = [];
  const expected = map.width * map.height;
  if (layer.width !== map.width || layer.height !== map.height || layer.data.length !== expected) {
    problems.push({ file, path: `layers.${layer.name}.data`, problem: `must hold ${map.width} × ${map.height} = ${expected} cells (has ${layer.data.length})` });
    return { values: [], problems };
  }
  const lookup = tilePropertyByGid(map, property);
  const values: T[] = [];
  for (let i = 0; i < layer.data.length; i++) {
    const gid = (layer.data[i] ?? 0) & gidMask;
    const value = gid === 0 ? null : accept(lookup.get(gid));
    if (value === null) {
      if (problems.length < 5) {
        const where = `row ${Math.floor(i / map.width)}, column ${i % map.width}`;
        const why = gid === 0 ? 'is empty' : `uses tile ${gid}, which has no valid "${property}" property`;
        problems.push({ file, path: `layers.${layer.name}.data`, problem: `cell at ${where} ${why}` });
      }
      continue;
    }
    values.push(value);
  }
  return { values, problems };
}
