// The embankment in a tick: bags delivered and laid at the weak point, water over the crest and through the breach
// into the landward cells, seepage found by the patrol (or late, by villagers) and the breach rolled.
import type { SimContext } from '../../simContext.ts';
import { unitsAtIncident } from '../../units/incidentPresence.ts';
import type { FloodContext } from '../../../machines/floodMachine.ts';
import type { ActiveIncident } from '../incidentState.ts';
import type { FloodGeometry } from './floodGeometry.ts';
import type { FloodPhysics } from './floodPhysics.ts';
import type { FloodSpec } from './floodSpec.ts';
import type { EmbankmentLevels } from './riverPhysics.ts';
import { breachProbability, breachWidthM, crestFlowM3s, layBags, sandbagRaiseM } from './riverPhysics.ts';

const crewOf = (ctx: SimContext, units: readonly string[]) => units.reduce((n, id) => n + (ctx.world.units.get(id)?.crewCount ?? 0), 0);

/** Units reaching the weak point unload their sandbags; the crews told to sandbag lay them. */
export function workSandbags(ctx: SimContext, incident: ActiveIncident<'flood'>, spec: FloodSpec, machine: FloodContext, dtS: number): void {
  const physics = incident.physics;
  for (const unit of unitsAtIncident(ctx, incident.id)) {
    if (physics.bags.deliveredBy.includes(unit.id)) continue;
    const bags = ctx.world.units.get(unit.id)!.equipment.filter((e) => e.item === 'sandbag').reduce((n, e) => n + e.count, 0);
    if (bags === 0) continue;
    physics.bags = { ...physics.bags, stock: physics.bags.stock + bags, deliveredBy: [...physics.bags.deliveredBy, unit.id] };
  }
  const crewCount = crewOf(ctx, machine.sandbaggers);
  physics.bags = layBags(spec, physics.bags, { crewCount, seepageFound: physics.seepageFoundS !== null, dtS });
  physics.raiseM = sandbagRaiseM(spec, physics.bags);
}

/** River water leaving over the crest and through the breach at the present stage: added to `sourceM3s` per landward cell; returns the total. */
export function spillOverEmbankment(ctx: SimContext, spec: FloodSpec, geometry: FloodGeometry, physics: FloodPhysics, levels: EmbankmentLevels, sourceM3s: number[]): number {
  const stageM = physics.river.stageM;
  const surfaceM = (cell: number) => geometry.grid.groundM[cell]! + physics.water.depthM[cell]!;
  let totalM3s = 0;
  for (const reach of geometry.crest) {
    const crestM = reach.weak ? levels.weakCrestM : levels.crestM;
    const q = crestFlowM3s(spec, stageM, crestM, reach.lengthM, surfaceM(reach.cell));
    sourceM3s[reach.cell] = sourceM3s[reach.cell]! + q;
    totalM3s += q;
  }
  if (physics.breachAtS !== null) {
    const widthM = breachWidthM(spec, ctx.state.timeS - physics.breachAtS);
    const q = crestFlowM3s(spec, stageM, levels.sillM, widthM, surfaceM(geometry.breachCell));
    sourceM3s[geometry.breachCell] = sourceM3s[geometry.breachCell]! + q;
    totalM3s += q;
  }
  return totalM3s;
}

/** Seepage starts at the seepage stage; a dike patrol on scene finds it at once, villagers only after a while. Then the breach is rolled. */
export function watchWeakPoint(ctx: SimContext, spec: FloodSpec, physics: FloodPhysics, machine: FloodContext, dtS: number): void {
  const weak = spec.embankment.weakPoint;
  const timeS = ctx.state.timeS;
  if (physics.seepageStartS === null && physics.river.stageM >= weak.seepageStageM) physics.seepageStartS = timeS;
  if (physics.seepageStartS !== null && physics.seepageFoundS === null) {
    if (machine.patrollers.length > 0 || timeS - physics.seepageStartS >= weak.unpatrolledDetectionS) physics.seepageFoundS = timeS;
  }
  if (physics.breachAtS !== null) return;
  const treated = physics.seepageFoundS !== null && physics.bags.ringWell >= spec.sandbags.ringWellBags;
  const p = breachProbability(spec, physics.river.stageM, treated, dtS);
  if (p > 0 && ctx.random.next('flood') < p) physics.breachAtS = timeS;
}

/** Pumping capacity now: the station, once a pumping crew works it, and the pumps the pumping units carry. */
export function pumpCapacityM3s(ctx: SimContext, spec: FloodSpec, machine: FloodContext): number {
  if (machine.pumpers.length === 0) return 0;
  const pumps = machine.pumpers.reduce((n, id) => n + (ctx.world.units.get(id)?.equipment ?? []).filter((e) => spec.pumping.pumpItems.includes(e.item)).reduce((k, e) => k + e.count, 0), 0);
  return spec.pumping.stationM3s + pumps * spec.pumping.portablePumpM3s;
}
