// `cutFirebreak` on a grass or forest fire: the ordered units still on scene cut a break around the village nearest
// the fire, a whole ring of cells out from its houses, the cells nearest the flame first.
import type { SimContext } from '../../simContext.ts';
import { unitsAtIncident } from '../../units/incidentPresence.ts';
import type { FireGrid } from './fireGrid.ts';
import { Cell, cellDistanceM, firebreakRing } from './fireGrid.ts';
import type { WildlandSpec } from './wildlandSpec.ts';

/** Metres of break per hour the ordered units on scene cut together: machines at the machine rate, crews by hand. */
function cuttingRateMPerH(ctx: SimContext, incident: string, ordered: readonly string[], spec: WildlandSpec): number {
  return unitsAtIncident(ctx, incident)
    .filter((u) => ordered.includes(u.id))
    .reduce((rate, u) => {
      const def = ctx.world.units.get(u.id)!;
      return rate + (def.capabilities.includes('heavyLifting') ? spec.firebreak.machineMPerH : def.crewCount * spec.firebreak.handMPerCrewMemberH);
    }, 0);
}

/** The village whose houses are nearest a burning cell, or null when nothing burns. */
function villageNearestFire(grid: FireGrid, burning: readonly number[]): FireGrid['villages'][number] | null {
  let best: { village: FireGrid['villages'][number]; distanceM: number } | null = null;
  for (const village of grid.villages) {
    for (const house of village.cells) {
      for (const cell of burning) {
        const distanceM = cellDistanceM(grid, house, cell);
        if (!best || distanceM < best.distanceM) best = { village, distanceM };
      }
    }
  }
  return best?.village ?? null;
}

/** One tick of cutting; returns the metres of work carried to the next tick. */
export function cutFirebreak(options: { ctx: SimContext; incident: string; ordered: readonly string[]; grid: FireGrid; cells: number[]; burning: readonly number[]; spec: WildlandSpec; carryM: number; dtS: number }): number {
  const { grid, cells, burning, spec } = options;
  const rateMPerH = cuttingRateMPerH(options.ctx, options.incident, options.ordered, spec);
  const village = villageNearestFire(grid, burning);
  if (rateMPerH === 0 || !village) return 0;
  const rings = Math.max(1, Math.round(spec.firebreak.standoffM / grid.cellSizeM));
  const toCut = firebreakRing(grid, village, rings)
    .filter((cell) => cells[cell] === Cell.fuel)
    .map((cell) => ({ cell, distanceM: Math.min(...burning.map((b) => cellDistanceM(grid, cell, b))) }))
    .sort((a, b) => a.distanceM - b.distanceM || a.cell - b.cell);
  let carryM = options.carryM + (rateMPerH * options.dtS) / 3600;
  for (const { cell } of toCut) {
    if (carryM < grid.cellSizeM) break;
    cells[cell] = Cell.firebreak;
    carryM -= grid.cellSizeM;
  }
  return toCut.some(({ cell }) => cells[cell] === Cell.fuel) ? carryM : 0;
}
