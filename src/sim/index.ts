// The headless core's only public surface: load a drill, run it, replay it, hash it.
export { createSimulation, resumeSimulation } from './simulation.ts';
export type { DispatchResult, Simulation } from './simulation.ts';
export { replay } from './replay.ts';
export { stateHash } from './stateHash.ts';
export { loadDrill, parseScenario } from './scenario/loadDrill.ts';
export type { Drill, ReadContent } from './scenario/loadDrill.ts';
export { formatProblem, formatProblems, maxContentBytes, parseJsonText } from './scenario/contentError.ts';
export { SeedText, TeamCommandPost, TeamFacilitator } from './scenario/vocabulary.ts';
export type { ContentProblem, Loaded } from './scenario/contentError.ts';
export { malformedOrderText, parseOrder, orderTypes } from './orders/order.ts';
export type { Order, OrderType } from './orders/order.ts';
export { parseOrdersFile } from './orders/timedOrders.ts';
export type { TimedOrder } from './orders/timedOrders.ts';
export type { OrderOutcome, Rejection, RejectionReason } from './orders/rejection.ts';
export type { SimEvent, SimEventType } from './events.ts';
export type { DrillRecord, RecordedOrder } from './record.ts';
export type { SimState, UnitState, VillageState, UnitStatus } from './state/simState.ts';
export type { ActiveIncident, CasualtyCounts, IncidentOfFactor, IncidentPhase, IncidentState, SavedMachine, StartedIncident } from './incidents/incidentState.ts';
export type { CollapseIncident, CollisionIncident, CrowdIncident, ExplosionIncident, FireIncident, FloodIncident, HeatIncident, PoisoningIncident } from './incidents/incidentState.ts';
export type { Target } from './state/target.ts';
export { unitPositionAt } from './units/trips.ts';
export { readingsOf, viewOf, viewsOf, viewTeams } from './knowledge/viewOf.ts';
export type { IncidentView, MessageView, TeamView, UnitView } from './knowledge/teamView.ts';
export type {
  IncidentReading, CollapseReading, CollisionReading, CrowdReading, ExplosionReading, FireReading, FloodReading, HeatReading, PoisoningReading,
} from './readings/incidentReading.ts';
export type { KnowledgeVia, KnownCasualties, KnownIncident } from './knowledge/knowledgeState.ts';
export type { TownshipMap, PointM, Village, Station, Facility, Shelter, Place, Road } from './world/townshipMap.ts';
export type { World } from './world/world.ts';
export { contentNames, incidentSpecById } from './world/world.ts';
export { incidentSpecOf } from './state/incidentSpecOf.ts';
export { scoreDrill } from './scoring/scoreDrill.ts';
export { requiredElements } from './scoring/filedReports.ts';
export { noResponseBaseline, referencePlanRun, scoreRecord } from './scoring/scoreWithBaseline.ts';
export { loadReferencePlan, referencePlanPathFor } from './scoring/referencePlan.ts';
export type { DrillScore, Conclusion, Rating } from './scoring/scoreDrill.ts';
export type { Finding } from './scoring/scoringContext.ts';
export type { TrippedVeto } from './scoring/vetoes.ts';
export type { Rubric } from './scoring/rubricSchema.ts';
export type { CurveballTemplate as CurveballTemplateView } from './curveballs/curveballSchema.ts';
export { buildWorld } from './world/world.ts';
export { drillAsPlayed } from './curveballs/drillAsPlayed.ts';
export { measureIds, vetoIds } from './scoring/measureIds.ts';
export type { MeasureId, VetoId } from './scoring/measureIds.ts';
export { accidentGrade } from './models/accidentGrade.ts';
export type { Weather } from './scenario/scenarioSchema.ts';
// The content schemas, for the JSON Schemas an editor checks a file against (npm run schema).
export { ScenarioSchema } from './scenario/scenarioSchema.ts';
export { RosterSchema } from './scenario/rosterSchema.ts';
export { RubricSchema } from './scoring/rubricSchema.ts';
export { CurveballFile } from './curveballs/curveballSchema.ts';
// Refusals as codes with parameters (i18n words them), and what a unit can do at an incident (the cards and the core).
export { rejectionReasons } from './orders/rejection.ts';
export type { RefusalParams } from './orders/rejection.ts';
export { availableActions, unitCanCarryOut } from './incidents/availableActions.ts';
export type { AvailableAction } from './incidents/availableActions.ts';
// The hazard ledger: items and their five fixes, the effects open hazards have on drills, and what they cost.
export { HazardItem, HazardLevel, HazardStatus, hazardLevels, hazardStatuses, isOpen, IsoDate } from './ledger/hazardItem.ts';
export { HazardEffect, parseHazardEffects } from './ledger/hazardEffects.ts';
export { LedgerFile, crossCheckLedger } from './ledger/ledgerFile.ts';
export type { Ledger } from './ledger/ledgerFile.ts';
export { applyHazards, applyRecordedHazards, hazardsFor } from './ledger/applyHazards.ts';
export type { AppliedHazard } from './ledger/applyHazards.ts';
export { AppliedHazardSchema } from './ledger/appliedHazardSchema.ts';
export { drillWithLedger, drillOfRecord } from './ledger/drillWithHazards.ts';
export { hazardCosts } from './ledger/hazardCost.ts';
export type { HazardCost } from './ledger/hazardCost.ts';
export { loadLedgerContent, loadEffects, loadMap } from './ledger/loadLedgerContent.ts';
export type { LedgerContent } from './ledger/loadLedgerContent.ts';
export { factors, inspectionDomains, Factor, InspectionDomain } from './scenario/vocabulary.ts';

export { sendFindingToLedger, nextHazardNumber } from './ledger/findingToHazard.ts';
export type { WordedFinding } from './ledger/findingToHazard.ts';
export { closeHazard } from './ledger/closeHazard.ts';
export type { CloseRefusal, VerificationDrill } from './ledger/closeHazard.ts';
export { addDays } from './ledger/calendarDays.ts';
export { drillForHazard } from './ledger/drillForHazard.ts';
// The doctrine: the computer playing the teams nobody plays, by the township's rules of duty (issue #13).
export { createDoctrinePlayer, unknownDoctrineTeam } from './doctrine/doctrinePlayer.ts';
export type { DoctrinePlayer, DoctrineOptions, DoctrineSim } from './doctrine/doctrinePlayer.ts';
export { playWithDoctrine } from './doctrine/playWithDoctrine.ts';
export type { DoctrinePlayEntry } from './doctrine/playWithDoctrine.ts';
export { loadDoctrine, doctrinePathFor } from './doctrine/loadDoctrine.ts';
export { DoctrineFile, ScenarioDoctrineFile } from './doctrine/doctrineSchema.ts';
export type { Doctrine, DoctrineRule, Mistakes, TeamKind } from './doctrine/doctrineSchema.ts';
export { teamKindOf } from './doctrine/teamKind.ts';
