// Crews on a grass or forest fire: each fire crew on scene walks to the flame edge nearest it and knocks down the
// burning cells within its reach, with hand tools and, from a tanker, water until the tank is empty.
import type { SimContext } from '../../simContext.ts';
import { unitsAtIncident } from '../../units/incidentPresence.ts';
import type { FireSpec } from './fireSpec.ts';
import type { FireGrid } from './fireGrid.ts';
import { Cell, cellCentre } from './fireGrid.ts';
import type { WildlandSpec } from './wildlandSpec.ts';
import { detMath } from '../../math/detMath.ts';
import { ownEntry } from '../../scenario/ownEntry.ts';
import type { WildlandCrew } from './wildlandPhysics.ts';

/**
 * The fire crews on scene in roster order, less those cutting a firebreak: those who stayed keep their place and
 * water; newcomers start where they stopped, tanks full.
 */
export function crewsOnScene(options: { ctx: SimContext; spec: FireSpec; incident: string; crews: WildlandCrew[]; cuttingBreak: readonly string[] }): WildlandCrew[] {
  const { ctx, spec, crews } = options;
  return unitsAtIncident(ctx, options.incident).flatMap((u) => {
    const def = ctx.world.units.get(u.id)!;
    if (!def.capabilities.includes('fire') || options.cuttingBreak.includes(u.id)) return [];
    const known = crews.find((c) => c.unit === u.id);
    if (known) return [known];
    const water = ownEntry(spec.water, def.vehicle);
    return [{ unit: u.id, crewCount: def.crewCount, xM: u.at.xM, yM: u.at.yM, waterL: water?.loadL ?? 0, flowLs: water?.flowLs ?? 0, carryM: 0 }];
  });
}

/** Metres of flame edge a crew can knock down per second now. */
export function crewRateMPerS(crew: WildlandCrew, spec: WildlandSpec): number {
  const hand = (crew.crewCount * spec.crews.handLineMPerCrewMemberH) / 3600;
  return hand + (crew.waterL > 0 ? crew.flowLs / spec.crews.waterLPerM : 0);
}

/** Cells a crew can stand in safely: burnt ground (the black), ground without fuel, a cut break. */
const safe = new Set<number>([Cell.burnt, Cell.noFuel, Cell.firebreak]);

/** The nearest of `candidates` to the crew, ties to the lower cell. */
function nearest(grid: FireGrid, candidates: Iterable<number>, crew: WildlandCrew): { cell: number; distanceM: number } | null {
  let best: { cell: number; distanceM: number } | null = null;
  for (const cell of candidates) {
    const c = cellCentre(grid, cell);
    const distanceM = detMath.hypot(c.xM - crew.xM, c.yM - crew.yM);
    if (!best || distanceM < best.distanceM || (distanceM === best.distanceM && cell < best.cell)) best = { cell, distanceM };
  }
  return best;
}

/** Safe cells beside the flame: where crews work from ("from the black"). */
function safeEdge(grid: FireGrid, cells: readonly number[], burning: readonly number[]): Set<number> {
  const edge = new Set<number>();
  const w = grid.widthCells;
  for (const b of burning) {
    const x = b % w;
    for (const dy of [-1, 0, 1]) {
      for (const dx of [-1, 0, 1]) {
        const n = b + dy * w + dx;
        if (x + dx >= 0 && x + dx < w && n >= 0 && n < cells.length && safe.has(cells[n]!)) edge.add(n);
      }
    }
  }
  return edge;
}

/**
 * Walks the crew towards the nearest safe cell beside the flame, or, while there is none, straight towards the
 * nearest burning cell until it is within reach. On the way, and in unburnt fuel, the front may overrun it.
 */
function walk(grid: FireGrid, cells: readonly number[], burning: readonly number[], crew: WildlandCrew, spec: WildlandSpec, dtS: number): void {
  const edge = nearest(grid, safeEdge(grid, cells, burning), crew);
  const target = edge ?? nearest(grid, burning, crew);
  const stopM = edge ? 0 : spec.crews.reachM / 2;
  if (!target || target.distanceM <= stopM) return;
  const c = cellCentre(grid, target.cell);
  const stepM = Math.min(spec.crews.walkMs * dtS, target.distanceM - stopM);
  crew.xM += ((c.xM - crew.xM) / target.distanceM) * stepM;
  crew.yM += ((c.yM - crew.yM) / target.distanceM) * stepM;
}

/**
 * One tick of suppression: each crew (roster order) walks, then knocks down the burning cells within its reach,
 * nearest first. Knocked-down cells burn out without spreading. Returns the burning cells left, ascending.
 */
export function suppress(options: { grid: FireGrid; cells: number[]; burning: number[]; crews: WildlandCrew[]; spec: WildlandSpec; dtS: number }): number[] {
  const { grid, cells, crews, spec, dtS } = options;
  let burning = options.burning;
  for (const crew of crews) {
    walk(grid, cells, burning, crew, spec, dtS);
    const hand = (crew.crewCount * spec.crews.handLineMPerCrewMemberH * dtS) / 3600;
    const waterL = Math.min(crew.flowLs * dtS, crew.waterL);
    const inReach = burning
      .map((cell) => ({ cell, distanceM: detMath.hypot(cellCentre(grid, cell).xM - crew.xM, cellCentre(grid, cell).yM - crew.yM) }))
      .filter((b) => b.distanceM <= spec.crews.reachM)
      .sort((a, b) => a.distanceM - b.distanceM || a.cell - b.cell);
    if (inReach.length === 0) continue;
    // The pump runs while there is flame in reach: the tank empties at the pump's flow.
    const availableM = crew.carryM + hand + waterL / spec.crews.waterLPerM;
    const done = inReach.slice(0, Math.floor(availableM / grid.cellSizeM)).map((b) => b.cell);
    crew.waterL -= waterL;
    crew.carryM = Math.min(availableM - done.length * grid.cellSizeM, grid.cellSizeM);
    for (const cell of done) cells[cell] = Cell.burnt;
    if (done.length > 0) burning = burning.filter((cell) => cells[cell] === Cell.burning);
  }
  return burning;
}
