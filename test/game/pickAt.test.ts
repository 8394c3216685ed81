import { describe, expect, it } from 'vitest';
import { pickAt } from '../../src/game/pickAt.ts';
import { toWorld } from '../../src/game/mapProjection.ts';
import { demoDrill } from '../support/demoDrill.ts';

describe('a click on the map', () => {
  const map = demoDrill().map;
  const village = map.villages[0]!;
  const marker = toWorld(map, village.at);
  // At the fitted zoom, units waiting at the village shrink into a grid just under its marker.
  const tokens = [0, 1, 2].map((i) => ({ unit: `u${i}`, atM: village.at, world: { x: marker.x - 6 + 6 * i, y: marker.y + 9 }, moving: false }));

  it('on the centre of a village with units standing under its marker selects the village', () => {
    expect(pickAt(marker, 1, { map, tokens, incidents: [], mode: 'select' })).toEqual({ kind: 'village', id: village.id });
  });

  it('on a token under the marker selects the unit', () => {
    expect(pickAt({ x: marker.x + 6, y: marker.y + 10 }, 1, { map, tokens, incidents: [], mode: 'select' })).toEqual({ kind: 'unit', id: 'u2' });
  });
});
