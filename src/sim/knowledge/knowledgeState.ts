// What each team knows of each incident, and the calls on their way: plain JSON inside SimState (hashed, saved).
import type { PointM } from '../world/townshipMap.ts';

/** How a team came to know (or know more of) an incident. */
export type KnowledgeVia = 'sight' | 'own' | 'inject' | 'report' | 'warning' | 'call';

/** The channel a call goes by: its delay is content (the scenario's `communication`). */
export type CallChannel = 'phone' | 'radio';

/** People as a report counts them: the dead, the injured (the seriously hurt among them) and the missing. */
export interface KnownCasualties { deaths: number; injured: number; missing: number }

/** The figures a team holds; null where it was never told or could not see (and possibly wrong). */
export interface KnownFigures {
  /** The incident's phase as last seen or told (a machine phase such as `spreading`). */
  phase: string | null;
  casualties: KnownCasualties | null;
  lossYuan: number | null;
}

export interface KnownIncident extends KnownFigures {
  team: string;
  incident: string;
  factor: string;
  /** Where the incident is: anyone who knows of it knows where. */
  at: PointM;
  /** When the team first knew of it, and when its figures last changed. */
  sinceS: number;
  updatedS: number;
  /** Since when the team knows the incident is over (the phase it last saw or was told is a final one: put out,
   *  averted, all clear …); null while, as far as it knows, the incident goes on. Absent in states saved before. */
  endedS: number | null;
  /** How, and from whom (a team id, or null for sight, its own place or the facilitator's inject), it last learnt. */
  via: KnowledgeVia;
  from: string | null;
}

/** Per team, per incident: what the team knows (keys are ids; a team or incident absent is not known). */
export type Knowledge = Record<string, Record<string, KnownIncident>>;

/** A call from one team to another about an incident: in flight until `dueS`, then delivered and kept. */
export interface CallMessage {
  id: string;
  sentS: number;
  dueS: number;
  from: string;
  to: string;
  channel: CallChannel;
  incident: string;
  /** Only the figures the caller chose to give; the rest stay as the receiver knew them. */
  figures: Partial<KnownFigures>;
  delivered: boolean;
}
