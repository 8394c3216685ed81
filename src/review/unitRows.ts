// The per-unit table of the review: for every unit that took part, its team, how often it was sent, when it
// first reached a scene, and how long it was out (dispatched until back at base) against the time it was there
// to be used. As far as the record tells: a unit's work on scene is not timed apart from its trip.
import type { DrillRecord, SimState, World } from '../sim/index.ts';

export interface UnitRow {
  unit: string;
  /** The team it answered to at the end: the one the command post assigned it to, or its owner. */
  team: string;
  dispatchCount: number;
  arrivalCount: number;
  /** The first arrival at an incident, or failing that anywhere, or null. */
  firstOnSceneS: number | null;
  /** Seconds from each dispatch until the unit was back at base (or the drill ended). */
  busyS: number;
  /** Seconds it was on the map and not out. */
  idleS: number;
}

export interface UnitTable { rows: UnitRow[]; /** Units that were on hand the whole drill and never sent. */ unused: string[] }

/** Rows in the state's unit order; a unit is listed when it was sent, arrived somewhere or came from the county. */
export function unitRows(world: World, record: DrillRecord, state: SimState): UnitTable {
  const rows: UnitRow[] = [];
  const unused: string[] = [];
  for (const unit of state.units) {
    const events = record.events.filter((e) => 'unit' in e && e.unit === unit.id);
    const countyArrival = events.find((e) => e.type === 'county.arrived');
    const owner = world.units.get(unit.id)?.owner ?? 'county';
    const dispatches = events.filter((e) => e.type === 'unit.dispatched');
    const arrivals = events.filter((e) => e.type === 'unit.arrived');
    if (dispatches.length === 0 && arrivals.length === 0 && !countyArrival) {
      if (unit.status !== 'offMap' && unit.status !== 'incoming') unused.push(unit.id);
      continue;
    }
    let busyS = 0;
    let outSinceS: number | null = null;
    for (const e of events) {
      if (e.type === 'unit.dispatched' && outSinceS === null) outSinceS = e.timeS;
      if (e.type === 'unit.returned' && outSinceS !== null) { busyS += e.timeS - outSinceS; outSinceS = null; }
    }
    if (outSinceS !== null) busyS += record.endS - outSinceS;
    const onHandS = record.endS - (countyArrival?.timeS ?? 0);
    const atIncident = arrivals.find((e) => e.type === 'unit.arrived' && 'incident' in e.target);
    rows.push({
      unit: unit.id, team: unit.assignedTo ?? owner,
      dispatchCount: dispatches.length, arrivalCount: arrivals.length,
      firstOnSceneS: (atIncident ?? arrivals[0])?.timeS ?? null,
      busyS, idleS: Math.max(0, onHandS - busyS),
    });
  }
  return { rows, unused };
}
