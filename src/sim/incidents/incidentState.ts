// One incident's part of the sim state: its lifecycle, its machine's saved snapshot, its physics and its toll.

/** `seriousInjuredCount` is the part of `injuredCount` seriously hurt (重伤), which grades the accident. */
export interface CasualtyCounts { deadCount: number; injuredCount: number; seriousInjuredCount: number; missingCount: number }

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
  /** Estimated direct loss so far (¥): the scenario's initial estimate plus damage the physics adds. */
  lossYuan: number;
}

export const noCasualties = (): CasualtyCounts => ({ deadCount: 0, injuredCount: 0, seriousInjuredCount: 0, missingCount: 0 });
