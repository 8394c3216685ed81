// The per-village table of the review: when each village was warned, when its evacuation was ordered and
// completed, how many people were moved (and how many of them vulnerable), out of how many.
import type { DrillRecord, SimEvent, SimState } from '../sim/index.ts';

type WarningColour = Extract<SimEvent, { type: 'warning.issued' }>['colour'];

export interface VillageRow {
  village: string;
  /** The first warning that reached the village (addressed to it or to the whole township), or null. */
  warning: { atS: number; colour: WarningColour } | null;
  /** `orderedS` is the first order to move out; the shelter and completion are those of the last. */
  evacuation: { orderedS: number; shelter: string; completedS: number | null; stalled: boolean } | null;
  /** Everyone moved out, the vulnerable included. */
  movedCount: number;
  movedVulnerableCount: number;
  /** Residents in all: moved plus still at home at the end. */
  residentCount: number;
}

/** One row per village, in the map's order, from the record's events and the state where the drill ended. */
export function villageRows(record: DrillRecord, state: SimState): VillageRow[] {
  return state.villages.map((v) => {
    const warned = record.events.find((e) => e.type === 'warning.issued' && (e.township || e.villages.includes(v.id)));
    const firstOrderS = record.events.find((e) => e.type === 'evacuation.ordered' && e.village === v.id)?.timeS;
    return {
      village: v.id,
      warning: warned && warned.type === 'warning.issued' ? { atS: warned.timeS, colour: warned.colour } : null,
      evacuation: v.evacuation ? { orderedS: Math.min(firstOrderS ?? v.evacuation.orderedS, v.evacuation.orderedS), shelter: v.evacuation.shelter, completedS: v.evacuation.completedS, stalled: v.evacuation.stalled } : null,
      movedCount: v.movedCount,
      movedVulnerableCount: v.movedVulnerableCount,
      residentCount: v.movedCount + v.atHomeCount + v.atHomeVulnerableCount,
    };
  });
}
