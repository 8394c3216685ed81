// A road crash's physics state (plain JSON, hashed and saved): the site, the casualties, the trips carrying them to care.
import type { Patient } from './crashPatients.ts';

export interface CrashSite {
  /** The road the crash blocks, and whether traffic on it is fast enough for a second crash. */
  roadId: string | null;
  fastRoad: boolean;
  clinicId: string | null;
  entryId: string | null;
}

export type Destination = 'clinic' | 'county';

export interface CasualtyTrip {
  unit: string;
  to: Destination;
  /** outbound: driving on the map; beyond: off the map to the hospital; handover; inbound: off the map back to the entry. */
  stage: 'outbound' | 'beyond' | 'handover' | 'inbound';
  /** When the current off-map or handover stage ends. */
  untilS: number | null;
  patients: number[];
}

export interface CollisionPhysics {
  site: CrashSite;
  patients: Patient[];
  trips: CasualtyTrip[];
  /** Triage capacity (in casualties) carried into the next tick. */
  triageCarry: number;
  secondCollisionCount: number;
  /** The toll as recorded so far: the dead, the living casualties, and those of them seriously hurt (red, yellow). */
  recorded: { deadCount: number; injuredCount: number; seriousInjuredCount: number };
}
