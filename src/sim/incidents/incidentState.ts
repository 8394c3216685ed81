// One incident's part of the sim state: its lifecycle, its machine's saved snapshot, its physics and its toll.

export interface CasualtyCounts { deadCount: number; injuredCount: number; missingCount: number }

export interface IncidentState {
  id: string;
  factor: string;
  status: 'pending' | 'active' | 'ended';
  startedS: number | null;
  discoveredS: number | null;
  /** The machine's state as a dotted path (`leaking`, `blast.aftermath`); null before the incident starts. */
  phase: string | null;
  phaseHistory: { phase: string; atS: number }[];
  /** The machine's persisted snapshot (plain JSON); null before the incident starts. */
  machine: unknown;
  /** The factor's physics state (plain JSON). */
  physics: unknown;
  casualties: CasualtyCounts;
}

export const noCasualties = (): CasualtyCounts => ({ deadCount: 0, injuredCount: 0, missingCount: 0 });
