// The casualties of a crash: each gets signs drawn for a START category from the vehicle's mix, is tagged by
// startTriage from those signs, and worsens by changing its signs (yellow → red by shock, red → black by apnoea).
import type { StartObservation, TriageCategory } from '../../models/triage.ts';
import { startTriage } from '../../models/triage.ts';
import type { CrashVehicle, TriageMix } from './crashVehicles.ts';
import { vehicleDefaults } from './crashVehicles.ts';

export type PatientWhere = 'scene' | 'aboard' | 'clinic' | 'county';

export interface Patient {
  /** 1, 2, … in the order rescuers come upon them at the scene. */
  id: number;
  /** 1 for the crash itself, 2 for a second collision into the scene. */
  collision: 1 | 2;
  signs: StartObservation;
  /** Always startTriage(signs): what a medic would tag now. */
  category: TriageCategory;
  /** Whether a medic on scene has triaged them (their tag is known to the scene's commander). */
  triaged: boolean;
  trapped: boolean;
  /** Rescue work spent freeing them so far, s. */
  extricationDoneS: number;
  where: PatientWhere;
  /** The vehicle carrying them or that carried them away, if any. */
  unit: string | null;
  /** When they were carried from the scene, and their tag then (for the debrief: were the reds sent first?). */
  leftScene: { atS: number; as: TriageCategory } | null;
}

/** A uniform draw in [0, 1) from the collision stream. */
export type Draw = () => number;

const between = (low: number, high: number, draw: Draw) => low + (high - low) * draw();
const breaths = (low: number, high: number, draw: Draw) => Math.round(between(low, high, draw));
const refillS = (low: number, high: number, draw: Draw) => Math.round(between(low, high, draw) * 10) / 10;

/** Signs of a casualty who is stable, walking or not. */
function stableSigns(walks: boolean, draw: Draw): StartObservation {
  return { walks, breathing: true, breathesAfterAirwayRepositioned: false, respiratoryRate: breaths(12, 26, draw), radialPulse: true, capillaryRefillS: refillS(0.8, 2, draw), obeysCommands: true };
}

const apnoeic = (signs: StartObservation, breathesAfterAirwayRepositioned: boolean): StartObservation =>
  ({ ...signs, walks: false, breathing: false, breathesAfterAirwayRepositioned, respiratoryRate: 0 });

/**
 * Signs for a casualty of `category`. Red casualties present, with equal chance (an assumption), one of START's
 * four red findings: breathing above 30/min, no radial pulse with slow capillary refill (shock), not obeying
 * commands (head injury), or apnoea relieved by repositioning the airway.
 */
export function signsFor(category: TriageCategory, draw: Draw): StartObservation {
  if (category === 'green') return stableSigns(true, draw);
  const base = stableSigns(false, draw);
  if (category === 'yellow') return base;
  if (category === 'black') return { ...apnoeic(base, false), radialPulse: false, obeysCommands: false };
  const presentation = Math.floor(draw() * 4);
  if (presentation === 0) return { ...base, respiratoryRate: breaths(31, 40, draw) };
  if (presentation === 1) return { ...base, radialPulse: false, capillaryRefillS: refillS(2.5, 5, draw) };
  if (presentation === 2) return { ...base, obeysCommands: false };
  return apnoeic(base, true);
}

/** Signs one category worse: a yellow casualty goes into shock, a red one stops breathing. */
export function worsenedSigns(signs: StartObservation, draw: Draw): StartObservation {
  const category = startTriage(signs);
  if (category === 'yellow' || category === 'green') return { ...signs, walks: false, radialPulse: false, capillaryRefillS: refillS(2.5, 5, draw) };
  return { ...apnoeic(signs, false), radialPulse: false, obeysCommands: false };
}

function drawCategory(mix: TriageMix, draw: Draw): TriageCategory {
  const order = ['red', 'yellow', 'green', 'black'] as const;
  let u = draw() * order.reduce((n, c) => n + mix[c], 0);
  for (const c of order) {
    if (u < mix[c]) return c;
    u -= mix[c];
  }
  return 'green';
}

/** The occupants of one vehicle as casualties numbered from `firstId`; who cannot walk may be trapped. */
export function vehicleCasualties(vehicle: CrashVehicle, options: { firstId: number; collision: 1 | 2; draw: Draw }): Patient[] {
  const defaults = vehicleDefaults[vehicle.kind];
  const mix = vehicle.mix ?? defaults.mix;
  const trappedShare = vehicle.trappedShare ?? defaults.trappedShare;
  const patients: Patient[] = [];
  for (let i = 0; i < vehicle.occupantCount; i++) {
    const signs = signsFor(drawCategory(mix, options.draw), options.draw);
    const category = startTriage(signs);
    const trapped = category !== 'green' && options.draw() < trappedShare;
    patients.push({ id: options.firstId + i, collision: options.collision, signs, category, triaged: false, trapped, extricationDoneS: 0, where: 'scene', unit: null, leftScene: null });
  }
  return patients;
}

/** Worsens a casualty by one category, keeping its tag in step with its signs. */
export function worsen(patient: Patient, draw: Draw): void {
  patient.signs = worsenedSigns(patient.signs, draw);
  patient.category = startTriage(patient.signs);
}

export const isAlive = (p: Patient) => p.category !== 'black';
