// The river and its embankment: catchment runoff (SCS curve number) routed through a linear reservoir to a stage by
// the rating curve; water over the crest and through a breach (weir flow); the breach hazard and the sandbags.
import { scsRunoffMm } from '../../models/flood.ts';
import { linearReservoirStorageM3, ratingDischargeM3s, ratingStageM, weirFlowM3s } from '../../models/riverStage.ts';
import type { Terrain } from '../../scenario/vocabulary.ts';
import type { FloodSpec } from './floodSpec.ts';
import { detMath } from '../../math/detMath.ts';

export interface RiverState { storageM3: number; stageM: number; runoffMm: number }

/** The catchment's curve number: the spec's, or the composite of the map's land cover weighted by area (TR-55 ch. 2). */
export function catchmentCurveNumber(spec: FloodSpec, terrain: readonly Terrain[]): number {
  if (spec.catchment.curveNumber !== undefined) return spec.catchment.curveNumber;
  return terrain.reduce((sum, t) => sum + spec.curveNumbers[t], 0) / Math.max(1, terrain.length);
}

/** The river at the incident's start: in equilibrium with the outflow its initial stage gives. */
export function initialRiver(spec: FloodSpec, curveNumber: number): RiverState {
  const outflowM3s = ratingDischargeM3s(spec.river.initialStageM, spec.river.rating);
  return { storageM3: outflowM3s * spec.river.storageConstantH * 3600, stageM: spec.river.initialStageM, runoffMm: scsRunoffMm(spec.antecedentRainMm, curveNumber) };
}

/**
 * The river after `dtS`: the storm's runoff so far (SCS on the storm's rain since it began) adds its increment as
 * inflow over the step, with the base flow; `drawnM3s` leaves through the embankment; the stage follows the outflow.
 */
export function stepRiver(river: RiverState, spec: FloodSpec, options: { stormRainMm: number; curveNumber: number; drawnM3s: number; dtS: number }): RiverState {
  const runoffMm = scsRunoffMm(options.stormRainMm, options.curveNumber);
  const runoffM3s = ((runoffMm - river.runoffMm) / 1000) * spec.catchment.areaKm2 * 1e6 / options.dtS;
  const kS = spec.river.storageConstantH * 3600;
  const storageM3 = linearReservoirStorageM3(river.storageM3, spec.river.baseFlowM3s + runoffM3s - options.drawnM3s, kS, options.dtS);
  return { storageM3, stageM: ratingStageM(storageM3 / kS, spec.river.rating), runoffMm };
}

/** Chance of a breach within `dtS`: a hazard rising from 0 at the seepage stage to the full rate at the weak crest
 *  (as a power of the head's share) and on above it, cut to the treated share once found seepage is ringed with sandbags. */
export function breachProbability(spec: FloodSpec, stageM: number, treated: boolean, dtS: number): number {
  const weak = spec.embankment.weakPoint;
  if (stageM <= weak.seepageStageM) return 0;
  const span = Math.max(0.01, weak.crestElevationM - weak.seepageStageM);
  const headShare = (stageM - weak.seepageStageM) / span;
  const ratePerHour = weak.breachRatePerHourAtCrest * detMath.pow(headShare, weak.breachHazardExponent) * (treated ? weak.treatedBreachShare : 1);
  return 1 - detMath.exp((-ratePerHour * dtS) / 3600);
}

/** Width of the breach `sinceS` after it opened. */
export function breachWidthM(spec: FloodSpec, sinceS: number): number {
  const weak = spec.embankment.weakPoint;
  return weak.breachGrowthS > 0 ? weak.breachWidthM * Math.min(1, Math.max(0.05, sinceS / weak.breachGrowthS)) : weak.breachWidthM;
}

/** Water over a reach of crest (or through the breach) into a landward cell whose water surface is `tailwaterM`. */
export function crestFlowM3s(spec: FloodSpec, stageM: number, crestM: number, widthM: number, tailwaterM: number): number {
  return weirFlowM3s({ upstreamM: stageM, downstreamM: tailwaterM, crestM, widthM, coefficient: spec.embankment.weirCoefficient });
}

export interface BagState { stock: number; ringWell: number; wall: number; deliveredBy: string[] }

/**
 * Bags laid in `dtS` by `crewCount` people: to the ring well around found seepage first, then to the sub-levee.
 * Never more than the bags delivered to the weak point; counts are fractional (a bag half laid).
 */
export function layBags(spec: FloodSpec, bags: BagState, options: { crewCount: number; seepageFound: boolean; dtS: number }): BagState {
  let laid = Math.min(bags.stock, (options.crewCount * spec.sandbags.bagsPerCrewHour * options.dtS) / 3600);
  const next = { ...bags, stock: bags.stock - laid };
  if (options.seepageFound) {
    const toWell = Math.min(laid, Math.max(0, spec.sandbags.ringWellBags - bags.ringWell));
    next.ringWell += toWell;
    laid -= toWell;
  }
  next.wall += laid;
  return next;
}

/** How much the sub-levee raises the weak point's crest. */
export function sandbagRaiseM(spec: FloodSpec, bags: BagState): number {
  return Math.min(spec.sandbags.maxRaiseM, bags.wall / (spec.sandbags.bagsPerSquareMetre * spec.embankment.weakPoint.lengthM));
}

/** The embankment's levels now: the crest of the rest, the weak point's (with its sandbags), the breach floor, the bridge decks. */
export interface EmbankmentLevels { crestM: number; weakCrestM: number; sillM: number; deckM: number }

export function embankmentLevels(spec: FloodSpec, options: { mapCrestM: number | null; weakGroundM: number; raiseM: number }): EmbankmentLevels {
  const crestM = spec.embankment.crestElevationM ?? options.mapCrestM ?? Infinity;
  return {
    crestM,
    weakCrestM: spec.embankment.weakPoint.crestElevationM + options.raiseM,
    sillM: spec.embankment.weakPoint.breachSillElevationM ?? options.weakGroundM,
    deckM: spec.embankment.bridgeDeckElevationM ?? crestM,
  };
}
