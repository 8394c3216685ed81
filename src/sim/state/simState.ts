// The whole mutable state of a drill: plain JSON, so it hashes, saves and resumes exactly.
import type { CountyForce, ResponseLevel, WarningColour } from '../scenario/vocabulary.ts';
import type { StreamStates } from '../random/RandomStreams.ts';
import type { PointM } from '../world/townshipMap.ts';
import type { ReportElements } from './reportElements.ts';
import type { Target } from './target.ts';
import type { CasualtyCounts, IncidentState } from '../incidents/incidentState.ts';
import type { Incident } from '../scenario/incidentSchema.ts';
import type { CallMessage, Knowledge } from '../knowledge/knowledgeState.ts';

export type UnitStatus = 'offMap' | 'incoming' | 'atBase' | 'enRoute' | 'onScene' | 'returning';

/** A trip under way: leg i runs from pointsM[i] to pointsM[i + 1], reaching it at legEndS[i] (sim seconds). */
export interface Movement {
  departS: number;
  pointsM: PointM[];
  roadIds: (string | null)[];
  legEndS: number[];
  arriveS: number;
}

export interface UnitState {
  id: string;
  status: UnitStatus;
  /** Where the unit stands when it is not moving (its base, or the scene it reached). */
  at: PointM;
  target: Target | null;
  movement: Movement | null;
  /** The team the command post put this unit under, or null for its owner. */
  assignedTo: string | null;
  /** For a county unit on its way to the map edge, when it enters. */
  entersS: number | null;
}

export interface VillageState {
  id: string;
  /** Able-bodied residents still at home, and the vulnerable (elderly living alone, children) still at home. */
  atHomeCount: number;
  atHomeVulnerableCount: number;
  /** Everyone moved out to a shelter, the vulnerable among them included. */
  movedCount: number;
  /** The vulnerable among those moved out. */
  movedVulnerableCount: number;
  evacuation: { shelter: string; orderedS: number; by: string; completedS: number | null; /** The shelter filled before everyone was out. */ stalled: boolean } | null;
  /** Fractional people carried from one minute to the next, so helped evacuation is exact over time. */
  helpCarry: number;
  warning: WarningColour | null;
}

export interface ShelterState { id: string; open: boolean; occupantCount: number }

export type ReportKind = 'initial' | 'followUp';

export interface FiledReport {
  id: string;
  atS: number;
  by: string;
  to: string;
  kind: ReportKind;
  incident: string | null;
  elements: ReportElements;
}

export interface IssuedWarning { atS: number; by: string; colour: WarningColour; township: boolean; villages: string[]; message: string; shelterInPlace?: true }

export interface CountyRequest { force: CountyForce; atS: number; by: string; entersS: number; target: Target | null }

export interface InjectState { id: string; dueS: number; status: 'pending' | 'delivered' | 'skipped'; deliveredS: number | null }

export interface SimState {
  schemaVersion: 1;
  scenarioId: string;
  seed: string;
  timeS: number;
  random: StreamStates;
  units: UnitState[];
  villages: VillageState[];
  shelters: ShelterState[];
  /** Road ids, kept sorted. */
  closedRoads: string[];
  warnings: IssuedWarning[];
  reports: FiledReport[];
  countyRequests: CountyRequest[];
  responseLevel: ResponseLevel;
  injects: InjectState[];
  /** The scenario's incidents in scenario order, pending until they start, then any curveballs in the order added. */
  incidents: IncidentState[];
  /** The specs of the curveball incidents the facilitator added, in the order added; absent until the first one
   *  (so a drill without curveballs hashes as it always did). */
  curveballs?: Incident[];
  /** What each team knows of each incident (the facilitator, who knows all, is not listed). */
  knowledge: Knowledge;
  /** Phone and radio calls between teams, in the order placed: in flight, then delivered. */
  calls: CallMessage[];
  /** People killed, injured and missing across all incidents so far. */
  casualties: CasualtyCounts;
  timeUp: boolean;
}
