// One step of rescue work at a collapse: crews shore the worksite if ordered, free those located (deep ones only
// with heavy lifting), then search for the missing. Crews give their minutes in roster order; pure apart from
// updating the people and crews passed in.
import type { Capability } from '../../scenario/vocabulary.ts';
import type { CollapseSpec } from './collapseSpec.ts';
import type { TrappedPerson } from './trappedPeople.ts';

/** A unit on scene as the work sees it: its crew still able to work and the minutes it has left this step. */
export interface Crew {
  unit: string;
  capabilities: readonly Capability[];
  crewCount: number;
  freeMin: number;
  /** Set when the crew searched or freed people in the rubble this step (exposed to a secondary collapse). */
  inRubble: boolean;
}

export interface WorkDone { shoredCrewMin: number; searchedCrewMin: number; extricatedCrewMin: number; located: TrappedPerson[]; freed: TrappedPerson[] }

type Rates = Partial<Record<Capability, number>>;
const doneEpsilon = 1e-9;

/** Crew-minutes per minute a unit adds to a task: its crew times its best capability's rate. */
export function crewRate(crew: Crew, rates: Rates): number {
  return crew.crewCount * crew.capabilities.reduce((best, c) => Math.max(best, rates[c] ?? 0), 0);
}

/** Crews give their free minutes to a task needing `needCrewMin`, in order, until it is done; returns the work done. */
function spend(crews: Crew[], ratePerMin: (crew: Crew) => number, needCrewMin: number, inRubble: boolean): number {
  let done = 0;
  for (const crew of crews) {
    if (needCrewMin - done <= doneEpsilon) break;
    const perMin = ratePerMin(crew);
    if (perMin <= 0 || crew.freeMin <= 0) continue;
    const minutes = Math.min(crew.freeMin, (needCrewMin - done) / perMin);
    done += minutes * perMin;
    crew.freeMin -= minutes;
    if (inRubble) crew.inRubble = true;
  }
  return done;
}

/**
 * Works `dtMin` minutes. Shoring first (when ordered and not done), then freeing the located in the order they were
 * found, then searching shallowest first. No person takes more than `victimAccessCrew` crew-minutes per minute.
 * Returns the work done and who was located and freed; `shoringLeftCrewMin` is the shoring still to do after it.
 */
export function rescueWork(options: { people: TrappedPerson[]; crews: Crew[]; spec: CollapseSpec; shoringLeftCrewMin: number; dtMin: number }): WorkDone & { shoringLeftCrewMin: number } {
  const { people, crews, spec, dtMin } = options;
  const rates = spec.crewRates;
  const capPerPerson = spec.victimAccessCrew * dtMin;
  const shoredCrewMin = options.shoringLeftCrewMin > 0 ? spend(crews, (c) => crewRate(c, rates.shore), options.shoringLeftCrewMin, false) : 0;
  const heavy = (c: Crew) => (c.capabilities.includes('heavyLifting') ? crewRate(c, rates.extricate) : 0);
  const anyone = (c: Crew) => crewRate(c, rates.extricate);
  const freed: TrappedPerson[] = [];
  let extricatedCrewMin = 0;
  for (const deepPass of [true, false]) {
    for (const person of people) {
      if (person.status !== 'located' || (person.depth === 'deep') !== deepPass) continue;
      const done = spend(crews, deepPass ? heavy : anyone, Math.min(person.extricateLeftCrewMin, capPerPerson), true);
      person.extricateLeftCrewMin -= done;
      extricatedCrewMin += done;
      if (person.extricateLeftCrewMin <= doneEpsilon) freed.push(person);
    }
  }
  const located: TrappedPerson[] = [];
  let searchedCrewMin = 0;
  for (const person of crews.length > 0 ? people : []) {
    if (person.status !== 'missing') continue;
    const done = spend(crews, (c) => crewRate(c, rates.search), Math.min(person.searchLeftCrewMin, capPerPerson), true);
    person.searchLeftCrewMin -= done;
    searchedCrewMin += done;
    if (person.searchLeftCrewMin <= doneEpsilon) located.push(person);
  }
  for (const person of located) person.status = 'located';
  return { shoredCrewMin, searchedCrewMin, extricatedCrewMin, located, freed, shoringLeftCrewMin: Math.max(0, options.shoringLeftCrewMin - shoredCrewMin) };
}
