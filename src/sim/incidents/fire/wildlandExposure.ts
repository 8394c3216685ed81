// What a grass or forest fire does to people and property: which villages and facilities it threatens, and the
// harm and loss as it reaches cells — residents still at home in a house block, crews whose position it overruns.
import type { SimContext } from '../../simContext.ts';
import { cellIndexAt } from '../../world/townshipMap.ts';
import type { Toll } from './fireHarm.ts';
import type { TollCarry } from './fireHarm.ts';
import { addToll, harm, noToll } from './fireHarm.ts';
import type { FireGrid } from './fireGrid.ts';
import { cellDistanceM } from './fireGrid.ts';
import type { WildlandCrew } from './wildlandPhysics.ts';
import type { WildlandSpec } from './wildlandSpec.ts';
import type { VillageToll } from './wildlandPhysics.ts';

/** Villages (by their houses) and facilities within the threat distance of any burning cell. */
export function threatenedCount(grid: FireGrid, burning: readonly number[], threatDistanceM: number): number {
  const near = (cell: number) => burning.some((b) => cellDistanceM(grid, cell, b) <= threatDistanceM);
  return grid.villages.filter((v) => v.cells.some(near)).length + grid.facilities.filter((f) => near(f.cell)).length;
}

/** Residents still at home in one house block (their village's at-home people over its house cells) meet the fire. */
function residentsReached(ctx: SimContext, spec: WildlandSpec, village: FireGrid['villages'][number], carry: TollCarry): Toll {
  const state = ctx.state.villages[village.index]!;
  const share = 1 / village.cells.length;
  const factor = state.warning !== null ? spec.residentHarm.warnedFactor : 1;
  return addToll(
    harm(state.atHomeCount * share, spec.residentHarm.able, carry, factor),
    harm(state.atHomeVulnerableCount * share, spec.residentHarm.vulnerable, carry, factor),
  );
}

function bookVillage(tolls: VillageToll[], village: string, toll: Toll): void {
  const known = tolls.find((t) => t.village === village);
  if (known) Object.assign(known, addToll(known, toll));
  else tolls.push({ village, ...toll });
}

export interface BurnConsequences { toll: Toll; lossYuan: number; villageCellCount: number; forestCellCount: number }

/**
 * The harm and loss of the cells ignited in one generation (ascending): house blocks hurt the residents still at
 * home; a crew standing in an ignited cell is overrun and loses those killed or seriously hurt from its strength.
 */
export function burnConsequences(options: { ctx: SimContext; spec: WildlandSpec; grid: FireGrid; ignited: readonly number[]; crews: WildlandCrew[]; carry: TollCarry; villageTolls: VillageToll[] }): BurnConsequences {
  const { ctx, spec, grid, ignited, crews, carry } = options;
  const map = ctx.world.drill.map;
  const cellHa = (grid.cellSizeM * grid.cellSizeM) / 10_000;
  const result: BurnConsequences = { toll: noToll(), lossYuan: 0, villageCellCount: 0, forestCellCount: 0 };
  for (const cell of ignited) {
    const v = grid.villageOfCell[cell]!;
    if (v >= 0) {
      const village = grid.villages[v]!;
      const toll = residentsReached(ctx, spec, village, carry);
      result.toll = addToll(result.toll, toll);
      bookVillage(options.villageTolls, village.id, toll);
      result.lossYuan += (map.villages[village.index]!.households / village.cells.length) * spec.lossYuan.perHousehold;
      result.villageCellCount += 1;
    } else if (grid.terrain[cell] === 'forest') {
      result.lossYuan += cellHa * spec.lossYuan.perForestHa;
      result.forestCellCount += 1;
    } else {
      result.lossYuan += cellHa * spec.lossYuan.perOtherHa;
    }
  }
  for (const crew of crews) {
    if (!ignited.includes(cellIndexAt(map, crew))) continue;
    const toll = harm(crew.crewCount, spec.crewHarm, carry);
    crew.crewCount -= toll.deadCount + toll.seriousInjuredCount;
    result.toll = addToll(result.toll, toll);
  }
  return result;
}
