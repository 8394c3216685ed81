// What one team's screen may show: its own units and people, the incidents it knows with the figures it knows (not the
// truth), the map readings of those it can see, warnings and messages it received, and its own orders. The
// facilitator's view is the whole truth.
import type { RecordedOrder } from '../record.ts';
import type { ResponseLevel } from '../scenario/vocabulary.ts';
import type { InjectState, IssuedWarning, Movement, ReportKind, ShelterState, UnitStatus, VillageState } from '../state/simState.ts';
import type { Target } from '../state/target.ts';
import type { PointM } from '../world/townshipMap.ts';
import type { IncidentReading } from '../readings/incidentReading.ts';
import type { AvailableAction } from '../incidents/availableActions.ts';
import type { CallChannel, KnowledgeVia, KnownCasualties } from './knowledgeState.ts';

export interface UnitView {
  id: string;
  status: UnitStatus;
  at: PointM;
  target: Target | null;
  /** The trip under way (its route and the times it reaches each point), so a screen can draw the unit gliding along it. */
  movement: Movement | null;
  /** The team the command post put the unit under, or null for its owner. */
  assignedTo: string | null;
}

export interface IncidentView {
  id: string;
  factor: string;
  /** The incident's own title, content words to name it by (a curveball's too, which the world does not hold). */
  titleZh: string;
  titleEn: string;
  /** The actions that fit it (core's availableActions), in its factor's order: what its card and the doctrine offer. */
  actions: readonly AvailableAction[];
  at: PointM;
  /** When the team first knew of it, and who last told it (null: seen, its own place, or an inject). */
  knownSinceS: number;
  toldBy: string | null;
  via: KnowledgeVia | 'truth';
  /** As the team knows them: possibly old, possibly wrong. */
  phase: string | null;
  /** Over, as the team knows it (it saw or was told a final phase: the fire out, the leak averted …), and since when;
   *  the facilitator sees every incident end when it does. */
  ended: boolean;
  endedS: number | null;
  casualties: KnownCasualties | null;
  lossYuan: number | null;
}

export type MessageView =
  | { kind: 'report'; atS: number; from: string; reportKind: ReportKind; incident: string | null }
  | { kind: 'call'; atS: number; from: string; channel: CallChannel; incident: string }
  | { kind: 'inject'; atS: number; inject: string }
  | { kind: 'warning'; atS: number; from: string; warning: IssuedWarning };

export interface TeamView {
  team: string;
  timeS: number;
  units: UnitView[];
  villages: VillageState[];
  incidents: IncidentView[];
  /** Map readings of the incidents the team can see now (viewOf.ts says which), in the order of `incidents`. */
  readings: IncidentReading[];
  warnings: IssuedWarning[];
  /** What the command post announces to every team: the response level, the roads closed and the shelters. */
  responseLevel: ResponseLevel;
  closedRoads: string[];
  shelters: ShelterState[];
  messages: MessageView[];
  /** The inject board — every inject of the scenario, when it is due and whether it went out: the facilitator's alone
   *  (empty in any other team's view). */
  injects: InjectState[];
  /** The team's own orders and their outcomes, when the view was taken with the drill record: the record's own entries,
   *  which never change once recorded (read them; do not change them). */
  orders: readonly RecordedOrder[];
}
