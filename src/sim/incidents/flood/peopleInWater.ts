// People at home in flooded village cells: each cell's DEFRA hazard class sets the harm rates of the residents there
// (vulnerable first), the seriously injured left in the water die unless moved out, and houses are damaged by depth
// once water stands in them (above the dry threshold).
import type { FloodHazardClass } from '../../models/flood.ts';
import { floodHazardRating } from '../../models/flood.ts';
import type { InertialWater } from '../../models/inertialFlood.ts';
import { cellVelocityMs } from '../../models/inertialFlood.ts';
import type { SimContext } from '../../simContext.ts';
import type { ActiveIncident } from '../incidentState.ts';
import { recordCasualties, recordLoss } from '../incidentHost.ts';
import type { FloodGeometry } from './floodGeometry.ts';
import type { FloodPhysics, VillageWater } from './floodPhysics.ts';
import type { FloodSpec } from './floodSpec.ts';
import { detMath } from '../../math/detMath.ts';

const harmful = ['moderate', 'significant', 'extreme'] as const;
/** Loss is told in steps of at least this share of a village's houses, so a slowly rising flood does not fill the feed. */
const lossStepShare = 0.05;
const perTick = (ratePerHour: number, dtS: number) => 1 - detMath.exp((-ratePerHour * dtS) / 3600);

/** Share of a house's value lost at `depthM`, by linear interpolation in the depth–damage table. */
export function damageShareAt(table: readonly (readonly [number, number])[], depthM: number): number {
  if (depthM <= table[0]![0]) return table[0]![1];
  for (let i = 1; i < table.length; i++) {
    const [d1, s1] = table[i]!;
    const [d0, s0] = table[i - 1]!;
    if (depthM <= d1) return s0 + ((s1 - s0) * (depthM - d0)) / (d1 - d0);
  }
  return table[table.length - 1]![1];
}

interface VillageWaterNow { classCounts: Record<FloodHazardClass, number>; wetCells: number; deepestM: number }

function readCells(spec: FloodSpec, geometry: FloodGeometry, water: InertialWater, cells: readonly number[], village: VillageWater): VillageWaterNow {
  const now: VillageWaterNow = { classCounts: { low: 0, moderate: 0, significant: 0, extreme: 0 }, wetCells: 0, deepestM: 0 };
  cells.forEach((cell, k) => {
    const depthM = water.depthM[cell]!;
    const hazard = floodHazardRating({ depthM, velocityMs: cellVelocityMs(geometry.grid, water, cell), landUse: geometry.landUse[cell]! });
    now.classCounts[hazard.hazardClass]++;
    if (depthM > spec.recoveredDepthM) now.wetCells++;
    now.deepestM = Math.max(now.deepestM, depthM);
    village.peakDepthsM[k] = Math.max(village.peakDepthsM[k]!, depthM);
  });
  return now;
}

interface Toll { deadCount: number; injuredCount: number; seriousInjuredCount: number }

function harmResidents(ctx: SimContext, spec: FloodSpec, village: VillageWater, index: number, now: VillageWaterNow, dtS: number): Toll {
  const state = ctx.state.villages[index]!;
  const toll: Toll = { deadCount: 0, injuredCount: 0, seriousInjuredCount: 0 };
  const cells = Object.values(now.classCounts).reduce((a, b) => a + b, 0);
  const warned = state.warning !== null ? spec.people.warnedHarmShare : 1;
  const groups = [
    { group: 'able', exposed: Math.max(0, state.atHomeCount - village.hurtAbleCount) },
    { group: 'vulnerable', exposed: Math.max(0, state.atHomeVulnerableCount - village.hurtVulnerableCount) },
  ] as const;
  for (const hazardClass of harmful) {
    for (const { group, exposed } of groups) {
      const people = Math.round((exposed * now.classCounts[hazardClass]) / cells);
      const rates = spec.harmPerHour[hazardClass][group];
      const dead = ctx.random.binomial('flood', people, perTick(rates.dead * warned, dtS));
      const injured = ctx.random.binomial('flood', people - dead, perTick(rates.injured * warned, dtS));
      const serious = ctx.random.binomial('flood', injured, spec.people.seriousShare);
      if (group === 'able') village.hurtAbleCount += dead + injured; else village.hurtVulnerableCount += dead + injured;
      village.seriousInWaterCount += serious;
      toll.deadCount += dead;
      toll.injuredCount += injured;
      toll.seriousInjuredCount += serious;
    }
  }
  return toll;
}

/** The seriously injured still at home: some are carried out with the residents moved since, the rest may die. */
function tendInjured(ctx: SimContext, spec: FloodSpec, village: VillageWater, atHome: number, inWater: boolean, dtS: number): number {
  if (atHome < village.lastAtHomeCount && village.lastAtHomeCount > 0) {
    village.seriousInWaterCount = Math.round((village.seriousInWaterCount * atHome) / village.lastAtHomeCount);
  }
  village.lastAtHomeCount = atHome;
  if (!inWater) return 0;
  const died = ctx.random.binomial('flood', village.seriousInWaterCount, perTick(spec.people.injuredDeathPerHour, dtS));
  village.seriousInWaterCount -= died;
  return died;
}

/** Harms residents in the water for one tick; returns the deepest water standing in any village. */
export function harmPeopleInWater(ctx: SimContext, incident: ActiveIncident<'flood'>, spec: FloodSpec, geometry: FloodGeometry, physics: FloodPhysics, dtS: number): number {
  const { map } = ctx.world.drill;
  let deepestM = 0;
  let inWater = 0;
  const toll: Toll = { deadCount: 0, injuredCount: 0, seriousInjuredCount: 0 };
  physics.villages.forEach((village, i) => {
    const cells = geometry.villageCells[i]!;
    if (cells.length === 0) return;
    const now = readCells(spec, geometry, physics.water, cells, village);
    deepestM = Math.max(deepestM, now.deepestM);
    if (now.wetCells > 0 && village.waterArrivedS === null) village.waterArrivedS = ctx.state.timeS;
    const state = ctx.state.villages[i]!;
    const atHome = state.atHomeCount + state.atHomeVulnerableCount;
    inWater += Math.round((atHome * now.wetCells) / cells.length);
    const died = tendInjured(ctx, spec, village, atHome, now.wetCells > 0, dtS);
    const harmed = harmResidents(ctx, spec, village, i, now, dtS);
    toll.deadCount += harmed.deadCount + died;
    toll.injuredCount += harmed.injuredCount - died;
    toll.seriousInjuredCount += harmed.seriousInjuredCount - died;
    const housesWet = (k: number) => village.peakDepthsM[k]! > spec.recoveredDepthM;
    const damageShare = cells.reduce((sum, _c, k) => sum + (housesWet(k) ? damageShareAt(spec.damage.depthDamage, village.peakDepthsM[k]!) : 0), 0) / cells.length;
    if (damageShare >= village.damageShare + lossStepShare) {
      recordLoss(ctx, incident, Math.round((damageShare - village.damageShare) * map.villages[i]!.households * spec.damage.householdValueYuan));
      village.damageShare = damageShare;
    }
  });
  physics.peopleInWaterCount = inWater;
  physics.peakPeopleInWaterCount = Math.max(physics.peakPeopleInWaterCount, inWater);
  recordCasualties(ctx, incident, toll);
  return deepestM;
}
