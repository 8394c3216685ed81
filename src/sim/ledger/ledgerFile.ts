// The ledger as a content file (scenarios/ledger/*.json): its items checked one by one, then against each other
// (no number twice) and against the township map (every place and team exists). Never throws for bad content.
import { z } from 'zod';
import type { ContentProblem } from '../scenario/contentError.ts';
import type { TownshipMap } from '../world/townshipMap.ts';
import { HazardItem } from './hazardItem.ts';

export const LedgerFile = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: z.literal(1),
  /** The township map the places are on, relative to the ledger file. */
  map: z.string().min(1),
  items: z.array(HazardItem).max(20_000),
});
export type Ledger = z.infer<typeof LedgerFile>;

/** Duplicate numbers and places or teams the map does not know, each named by the item's position and field. */
export function crossCheckLedger(file: string, items: readonly HazardItem[], map: TownshipMap, pathOf: (index: number, field: string) => string = (i, f) => `items.${i}.${f}`): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const places = new Set([...map.facilities, ...map.villages, ...map.places, ...map.stations, ...map.shelters, ...map.roads, ...map.water].map((o) => o.id));
  const teams = new Set([...map.stations, ...map.villages, ...map.facilities].map((o) => o.id));
  const firstRow = new Map<string, number>();
  items.forEach((item, index) => {
    const seen = firstRow.get(item.id);
    if (seen !== undefined) problems.push({ file, path: pathOf(index, 'id'), problem: `the number ${item.id} is used twice (first at ${pathOf(seen, 'id')})` });
    else firstRow.set(item.id, index);
    if (!places.has(item.place)) problems.push({ file, path: pathOf(index, 'place'), problem: `no place "${item.place}" on the township map` });
    if (!teams.has(item.responsibleTeam)) problems.push({ file, path: pathOf(index, 'responsibleTeam'), problem: `no station, village or enterprise "${item.responsibleTeam}" on the township map` });
  });
  return problems;
}

