// What happened in a drill: a typed stream read alike by the view, audio, scoring and replay.
import type { ReporterFigures } from './orders/reporterFigures.ts';
import type { CountyForce, ResponseLevel, WarningColour } from './scenario/vocabulary.ts';
import type { ReportKind } from './state/simState.ts';
import type { Target } from './state/target.ts';
import type { CallChannel, KnowledgeVia, KnownFigures } from './knowledge/knowledgeState.ts';

export type SimEventBody =
  | { type: 'unit.dispatched'; unit: string; by: string; target: Target; etaS: number }
  | { type: 'unit.arrived'; unit: string; target: Target }
  | { type: 'unit.recalled'; unit: string; by: string; etaS: number }
  | { type: 'unit.returned'; unit: string }
  | { type: 'unit.rerouted'; unit: string; road: string; etaS: number }
  | { type: 'unit.stranded'; unit: string; road: string }
  | { type: 'unit.assigned'; unit: string; team: string; by: string }
  | { type: 'evacuation.ordered'; village: string; shelter: string; by: string }
  | { type: 'evacuation.completed'; village: string; shelter: string; movedCount: number }
  | { type: 'shelter.opened'; shelter: string; by: string }
  | { type: 'shelter.full'; shelter: string; village: string }
  | { type: 'road.closed'; road: string; by: string }
  | { type: 'road.reopened'; road: string; by: string }
  | { type: 'warning.issued'; colour: WarningColour; villages: string[]; township: boolean; by: string; message: string; shelterInPlace?: true }
  /** `figures`: the casualties and loss a report written "from what the reporter knows" carried when filed. */
  | { type: 'report.filed'; report: string; by: string; to: string; kind: ReportKind; incident: string | null; figures?: ReporterFigures }
  | { type: 'county.requested'; force: CountyForce; by: string; arrivesS: number }
  | { type: 'county.arrived'; unit: string; force: CountyForce }
  | { type: 'response.levelSet'; level: ResponseLevel; by: string }
  | { type: 'inject.delivered'; inject: string; to: string }
  | { type: 'inject.skipped'; inject: string; by: string }
  | { type: 'inject.deferred'; inject: string; by: string; dueS: number }
  | { type: 'drill.timeUp'; durationS: number }
  /** A curveball the facilitator added from a template at a clicked point (metres); it starts at once. */
  | { type: 'incident.added'; incident: string; template: string; factor: string; by: string; xM: number; yM: number }
  | { type: 'incident.started'; incident: string; factor: string }
  | { type: 'incident.discovered'; incident: string; by: string }
  | { type: 'incident.phaseChanged'; incident: string; from: string | null; to: string }
  | { type: 'incident.notice'; incident: string; notice: string }
  | { type: 'incident.casualties'; incident: string; deadCount: number; injuredCount: number; seriousInjuredCount: number; missingCount: number }
  | { type: 'incident.action'; incident: string; action: string; by: string; unit: string | null }
  /** `addedYuan`: the addition that moved the rounded loss; smaller additions before it are in `lossYuan` only. */
  | { type: 'incident.loss'; incident: string; addedYuan: number; lossYuan: number }
  | { type: 'incident.ended'; incident: string }
  /** A team knows of an incident for the first time, or knows new figures of it (`from`: the team that told it). */
  | ({ type: 'knowledge.gained'; team: string; incident: string; via: KnowledgeVia; from: string | null } & KnownFigures)
  /** A phone or radio call placed; it reaches `to` at `dueS`. */
  | { type: 'call.placed'; call: string; by: string; to: string; channel: CallChannel; incident: string; dueS: number };

export type SimEvent = SimEventBody & { timeS: number };
export type SimEventType = SimEvent['type'];
