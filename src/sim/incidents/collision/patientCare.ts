// Care of the casualties between ticks: medics on scene triage them (START) and attend the worst, rescue crews
// free the trapped, and everyone not yet under definitive care may worsen by the deterioration model.
import { worseningProbability } from '../../models/patientDeterioration.ts';
import type { CollisionSpec } from './collisionSpec.ts';
import type { Draw, Patient } from './crashPatients.ts';
import { isAlive, worsen } from './crashPatients.ts';

/** Rank for taking a casualty first when the scene's commander sorts by tag: red, yellow, untagged, green. */
function tagRank(p: Patient): number {
  if (!p.triaged) return 2;
  return p.category === 'red' ? 0 : p.category === 'yellow' ? 1 : 3;
}

/** Living casualties on scene in the order they are dealt with: by tag when sorting, else as they are come upon. */
export function byPriority(patients: readonly Patient[], sortByTag: boolean): Patient[] {
  const onScene = patients.filter((p) => p.where === 'scene' && isAlive(p));
  return sortByTag ? onScene.sort((a, b) => tagRank(a) - tagRank(b) || a.id - b.id) : onScene;
}

/**
 * Triages untagged casualties on scene (the dead too), in the order they are come upon, at one casualty per
 * `triageSPerPatientPerMedic` per medic. Returns the fraction of a casualty carried to the next tick.
 */
export function triageStep(patients: Patient[], options: { medicCount: number; carry: number; dtS: number; sPerPatient: number }): number {
  let capacity = options.carry + (options.medicCount * options.dtS) / options.sPerPatient;
  for (const p of patients) {
    if (capacity < 1) break;
    if (p.where !== 'scene' || p.triaged) continue;
    p.triaged = true;
    capacity -= 1;
  }
  const untriaged = patients.some((p) => p.where === 'scene' && !p.triaged);
  return untriaged ? Math.min(capacity, 1) : 0;
}

/** Ids of the stretcher casualties on scene the medics there can attend: the worst known first. */
export function attendedIds(patients: readonly Patient[], options: { medicCount: number; medicsPerPatient: number; sortByTag: boolean }): Set<number> {
  const slots = Math.floor(options.medicCount / options.medicsPerPatient);
  const needing = byPriority(patients, options.sortByTag).filter((p) => p.category !== 'green');
  return new Set(needing.slice(0, slots).map((p) => p.id));
}

/** Each rescue crew at work frees one trapped casualty at a time, the first in priority order. */
export function extricationStep(patients: Patient[], options: { crewCount: number; dtS: number; extricationS: number; sortByTag: boolean }): void {
  const trapped = byPriority(patients, options.sortByTag).filter((p) => p.trapped);
  for (const p of trapped.slice(0, options.crewCount)) {
    p.extricationDoneS += options.dtS;
    if (p.extricationDoneS >= options.extricationS) p.trapped = false;
  }
}

/** The hazard multiplier a casualty is under where they are: 1 untreated, less under care, 0 at definitive care. */
function careFactor(p: Patient, care: CollisionSpec['care'], attended: ReadonlySet<number>): number {
  if (p.where === 'county') return 0;
  if (p.where === 'clinic') return p.category === 'red' ? care.clinicRedCareFactor : 0;
  if (p.where === 'aboard' || attended.has(p.id)) return care.attendedCareFactor;
  return 1;
}

/** Rolls each living casualty's chance to worsen over `dtS`: yellow → red, red → black. Greens hold for the drill. */
export function deteriorationStep(patients: Patient[], options: { care: CollisionSpec['care']; attended: ReadonlySet<number>; dtS: number; draw: Draw }): void {
  for (const p of patients) {
    if (p.category !== 'red' && p.category !== 'yellow') continue;
    const careFactorNow = careFactor(p, options.care, options.attended);
    if (careFactorNow === 0) continue;
    const meanTimeToWorsenS = p.category === 'red' ? options.care.redToBlackMeanS : options.care.yellowToRedMeanS;
    if (options.draw() < worseningProbability({ meanTimeToWorsenS, careFactor: careFactorNow }, options.dtS)) worsen(p, options.draw);
  }
}
