// 火 grass and forest fire physics every 60 s: crews knock down flame near them and cut breaks, then the cellular
// automaton runs as many generations as the McArthur rate of spread allows (none while smouldering; burning out
// without spread while contained); cells reached hurt people and add loss; the watched remains may rekindle.
import type { FireDangerRating } from '../../models/fireDangerRating.ts';
import { mcArthurDangerRating } from '../../models/fireDangerRating.ts';
import { forestFireGrade } from '../../models/forestFireGrade.ts';
import { mcArthurGrassland } from '../../models/grassFire.ts';
import type { SimContext } from '../../simContext.ts';
import type { System } from '../../systems/system.ts';
import { cellIndexAt } from '../../world/townshipMap.ts';
import { activeIncidents, incidentLocation, recordCasualties, recordLoss, sendToIncident } from '../incidentHost.ts';
import type { ActiveIncident } from '../incidentState.ts';
import { addToll, noCarry, noToll } from './fireHarm.ts';
import { cutFirebreak } from './firebreakWork.ts';
import type { FireGrid } from './fireGrid.ts';
import { Cell, fireGridOf } from './fireGrid.ts';
import type { WildlandFireSpec } from './fireSpec.ts';
import { rekindleChance } from './rekindling.ts';
import { drillSpreadTable, neighbourWindFactors, spreadGeneration } from './spreadGeneration.ts';
import { crewRateMPerS, crewsOnScene, suppress } from './wildlandCrews.ts';
import { burnConsequences, threatenedCount } from './wildlandExposure.ts';
import type { WildlandSpec } from './wildlandSpec.ts';
import type { WildlandPhysics } from './wildlandPhysics.ts';

const cadenceS = 60;
const burningPhases = new Set(['smouldering', 'spreading', 'threatening', 'contained']);

/** The McArthur meter for the scenario's weather; rain at the spec's threshold stops the spread. */
function dayDanger(ctx: SimContext, spec: WildlandSpec): { gfdi: number; rosKmh: number; dangerRating: FireDangerRating } {
  const weather = ctx.world.drill.scenario.weather;
  const danger = mcArthurGrassland({
    tempC: Math.max(weather.temperatureC, -5.9), rhPct: weather.humidityPct, windKmh: weather.windMs * 3.6,
    curingPct: spec.grass.curingPct, fuelTha: spec.grass.fuelTha,
  });
  const wet = weather.rainMmH >= spec.grass.wetRainMmH && spec.grass.wetRainMmH > 0;
  return { gfdi: danger.fdi, rosKmh: wet ? 0 : danger.rosKmh, dangerRating: mcArthurDangerRating('grass', danger.fdi) };
}

export function initialWildland(spec: WildlandFireSpec, ctx: SimContext): WildlandPhysics {
  const grid = fireGridOf(ctx.world.drill.map, spec.wildland);
  const cells: number[] = grid.fuel.map((f) => (f ? Cell.fuel : Cell.noFuel));
  const ignition = cellIndexAt(ctx.world.drill.map, incidentLocation(ctx, spec));
  if (ignition >= 0) cells[ignition] = Cell.burning;
  return {
    kind: 'wildland', cells, burning: ignition >= 0 ? [ignition] : [], generationCarry: 0, ...dayDanger(ctx, spec.wildland),
    crews: [], firebreakCarryM: 0, burntForestHa: 0, villageCellsReachedCount: 0, villageTolls: [], tollCarry: noCarry(), grade: 'general',
  };
}

/** Seconds per CA generation: the time the head fire takes to cross one cell (0 when it cannot spread). */
function generationS(grid: FireGrid, physics: WildlandPhysics): number {
  return physics.rosKmh > 0 ? grid.cellSizeM / (physics.rosKmh / 3.6) : 0;
}

function runGenerations(ctx: SimContext, spec: WildlandFireSpec, incident: ActiveIncident<'fire'>, physics: WildlandPhysics, grid: FireGrid): void {
  const w = spec.wildland;
  const genS = generationS(grid, physics);
  physics.generationCarry += genS > 0 ? cadenceS / genS : 1;
  const count = Math.floor(physics.generationCarry);
  physics.generationCarry -= count;
  const { windMs, windFromDeg } = ctx.world.drill.scenario.weather;
  const { table, ignited: buffer } = drillSpreadTable(grid, neighbourWindFactors(windMs, windFromDeg));
  let toll = noToll();
  let lossYuan = 0;
  for (let n = 0; n < count && physics.burning.length > 0; n++) {
    const spread = incident.phase !== 'contained' && genS > 0;
    const ignited = Array.from(spreadGeneration({ cells: physics.cells, burning: physics.burning, table, ignited: buffer, breachShare: w.firebreak.breachShare, spread, draw: () => ctx.random.next('fire') }));
    const outcome = burnConsequences({ ctx, spec: w, grid, ignited, crews: physics.crews, carry: physics.tollCarry, villageTolls: physics.villageTolls });
    physics.burning = ignited;
    physics.villageCellsReachedCount += outcome.villageCellCount;
    physics.burntForestHa += (outcome.forestCellCount * grid.cellSizeM * grid.cellSizeM) / 10_000;
    toll = addToll(toll, outcome.toll);
    lossYuan += outcome.lossYuan;
  }
  recordCasualties(ctx, incident, toll);
  recordLoss(ctx, incident, Math.round(lossYuan));
}

/** One tick while there is flame: suppression, firebreak work, then spread (none while smouldering). */
function burnOneTick(ctx: SimContext, spec: WildlandFireSpec, incident: ActiveIncident<'fire'>, physics: WildlandPhysics, grid: FireGrid): void {
  const w = spec.wildland;
  physics.burning = suppress({ grid, cells: physics.cells, burning: physics.burning, crews: physics.crews, spec: w, dtS: cadenceS });
  const ordered = incident.machine.context.firebreakUnits;
  physics.firebreakCarryM = cutFirebreak({ ctx, incident: incident.id, ordered, grid, cells: physics.cells, burning: physics.burning, spec: w, carryM: physics.firebreakCarryM, dtS: cadenceS });
  if (incident.phase !== 'smouldering') runGenerations(ctx, spec, incident, physics, grid);
}

/** Rolls rekindling; on a flare-up a burnt cell at the edge of unburnt fuel burns again. */
function rekindle(ctx: SimContext, spec: WildlandFireSpec, incident: ActiveIncident<'fire'>, physics: WildlandPhysics, grid: FireGrid): boolean {
  const p = rekindleChance(spec, incident.machine.context, incident.phase, cadenceS);
  if (p <= 0 || ctx.random.next('fire') >= p) return false;
  const w = grid.widthCells;
  const edge = physics.cells.flatMap((state, cell) => {
    if (state !== Cell.burnt) return [];
    const x = cell % w;
    const beside = [cell - w, cell + w, x > 0 ? cell - 1 : -1, x < w - 1 ? cell + 1 : -1];
    return beside.some((b) => b >= 0 && physics.cells[b] === Cell.fuel) ? [cell] : [];
  });
  if (edge.length === 0) return false;
  const cell = edge[Math.floor(ctx.random.next('fire') * edge.length)]!;
  physics.cells[cell] = Cell.burning;
  physics.burning = [cell];
  return true;
}

export const wildlandSystem: System = {
  name: 'fire.wildland',
  cadenceS,
  run(ctx) {
    for (const { spec, incident } of activeIncidents(ctx, 'fire')) {
      const { physics } = incident;
      if (spec.kind !== 'wildland' || physics.kind !== 'wildland') continue;
      const grid = fireGridOf(ctx.world.drill.map, spec.wildland);
      const cuttingBreak = incident.machine.context.firebreakUnits;
      physics.crews = crewsOnScene({ ctx, spec, incident: incident.id, crews: physics.crews, cuttingBreak });
      const burning = burningPhases.has(incident.phase ?? '');
      if (burning) burnOneTick(ctx, spec, incident, physics, grid);
      const rekindled = !burning && rekindle(ctx, spec, incident, physics, grid);
      const capacityM = physics.crews.reduce((m, c) => m + crewRateMPerS(c, spec.wildland), 0) * Math.max(generationS(grid, physics), cadenceS);
      physics.grade = forestFireGrade({ burnedForestHa: physics.burntForestHa, deaths: incident.casualties.deadCount, seriousInjuries: incident.casualties.seriousInjuredCount });
      sendToIncident(ctx, incident, {
        type: 'clock.tick', timeS: ctx.state.timeS, flaming: physics.burning.length > 0,
        threatenedCount: threatenedCount(grid, physics.burning, spec.wildland.threatDistanceM),
        villageCellsReachedCount: physics.villageCellsReachedCount,
        underControl: physics.burning.length > 0 && capacityM >= physics.burning.length * grid.cellSizeM,
        flashover: false, rekindled,
      });
    }
  },
};
