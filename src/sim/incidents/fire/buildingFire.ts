// The heat of a building fire and the people in it: t² growth to flashover (Thomas) and the ventilation-limited
// peak (Kawagoe), knocked down when the water on it takes out more heat than it makes; occupants get out at a rate
// until flashover makes the building untenable. Pure functions over the building physics.
import { thomasFlashoverHrrKw, ventilationLimitedHrrKw } from '../../models/compartmentFire.ts';
import { tSquaredAlphaKwPerS2 } from '../../models/fireGrowth.ts';
import type { BuildingSpec } from './buildingSpec.ts';
import type { TollCarry } from './fireHarm.ts';
import { noCarry } from './fireHarm.ts';
import { detMath } from '../../math/detMath.ts';

export interface BuildingPhysics {
  kind: 'building';
  /** Heat release of the whole fire now (the building and any neighbours burning), kW. */
  hrrKw: number;
  /** Time on the t² curve that gives the current heat release before flashover. */
  growthS: number;
  flashoverHrrKw: number;
  /** Heat release of one fully developed building, kW. */
  peakHrrKw: number;
  flaming: boolean;
  flashedOver: boolean;
  fullyDevelopedS: number;
  insideCount: number;
  escapedCount: number;
  escapeCarry: number;
  neighboursBurning: number;
  /** Crew-minutes of firebreak work done between the buildings. */
  firebreakCrewMin: number;
  /** Cooling the crews on scene put on the fire in the last tick, kW. */
  coolingKw: number;
  /** Water left in each water vehicle on scene (roster order). */
  water: { unit: string; waterL: number }[];
  roomLossBooked: boolean;
  buildingLossBooked: boolean;
  tollCarry: TollCarry;
}

export function initialBuilding(spec: BuildingSpec, occupants: number): BuildingPhysics {
  const { room } = spec;
  return {
    kind: 'building', hrrKw: 0, growthS: 0, flashoverHrrKw: thomasFlashoverHrrKw(room),
    peakHrrKw: spec.peakHrrKw ?? ventilationLimitedHrrKw(room.openingAreaM2, room.openingHeightM),
    flaming: true, flashedOver: false, fullyDevelopedS: 0, insideCount: occupants, escapedCount: 0, escapeCarry: 0,
    neighboursBurning: 0, firebreakCrewMin: 0, coolingKw: 0, water: [], roomLossBooked: false, buildingLossBooked: false, tollCarry: noCarry(),
  };
}

/**
 * Advances the heat release by `dtS`: with more cooling than heat it halves every knockdown half-life; otherwise it
 * grows on the t² curve to the peak, or, fully developed, holds at the peak of every building burning until it has
 * burnt `burnoutS` and dies down. Returns true the moment it reaches flashover. Sets `flaming` false once a falling
 * fire drops below the out threshold.
 */
export function stepHeatRelease(physics: BuildingPhysics, spec: BuildingSpec, dtS: number): boolean {
  const alpha = tSquaredAlphaKwPerS2(spec.growth);
  const decay = detMath.pow(0.5, dtS / spec.knockdownHalfLifeS);
  const knocked = physics.coolingKw > 0 && physics.coolingKw >= physics.hrrKw;
  let falling = knocked;
  if (knocked) {
    physics.hrrKw *= decay;
    if (!physics.flashedOver) physics.growthS = Math.sqrt(physics.hrrKw / alpha);
  } else if (!physics.flashedOver) {
    physics.growthS += dtS;
    physics.hrrKw = Math.min(physics.peakHrrKw, alpha * physics.growthS * physics.growthS);
  } else {
    physics.fullyDevelopedS += dtS;
    falling = physics.fullyDevelopedS > spec.burnoutS;
    physics.hrrKw = falling ? physics.hrrKw * decay : physics.peakHrrKw * (1 + physics.neighboursBurning);
  }
  if (falling && physics.hrrKw < spec.outHrrKw) {
    physics.hrrKw = 0;
    physics.flaming = false;
  }
  if (physics.flashedOver || physics.hrrKw < physics.flashoverHrrKw) return false;
  physics.flashedOver = true;
  physics.hrrKw = physics.peakHrrKw * (1 + physics.neighboursBurning);
  return true;
}

/** Occupants who get out in `dtS` at `perMin` people a minute (fractions carried over); returns how many. */
export function escape(physics: BuildingPhysics, perMin: number, dtS: number): number {
  if (physics.flashedOver || physics.insideCount === 0) return 0;
  physics.escapeCarry += (perMin * dtS) / 60;
  const out = Math.min(physics.insideCount, Math.floor(physics.escapeCarry));
  physics.escapeCarry -= out;
  physics.insideCount -= out;
  physics.escapedCount += out;
  return out;
}
