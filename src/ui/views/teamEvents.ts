// Which events of the drill a team's feed (and its sounds) may carry, read from the team's view: the facilitator
// hears everything; a team hears its own messages and orders' outcomes, what its own units and people do, what
// the command post announces (warnings, roads, shelters, the response level), and what happens at an incident it
// knows of from the moment it knew — but never the truth's figures (casualties, loss), an incident's start, or its end
// (its final phase, its `incident.ended`) unless the team knew it over by then: a team told later hears the end when
// it learns it, as what it learnt (`knowledge.gained`, worded "… is over").
import type { SimEvent, TeamView } from '../../sim/index.ts';
import { factorPhases, TeamCommandPost, TeamFacilitator } from '../../sim/index.ts';

type Rule = (event: never, view: TeamView) => boolean;

const own = (view: TeamView, team: string | undefined): boolean => team === view.team;
const hasUnit = (view: TeamView, unit: string): boolean => view.units.some((u) => u.id === unit);
const hasVillage = (view: TeamView, village: string): boolean => view.villages.some((v) => v.id === village);
const commandPost = (view: TeamView): boolean => view.team === TeamCommandPost;
const announced = (): boolean => true;
const facilitatorOnly = (): boolean => false;

/** Since when the team knows the incident, or null. */
function knownSinceS(view: TeamView, incident: string | null): number | null {
  return view.incidents.find((i) => i.id === incident)?.knownSinceS ?? null;
}

function atKnownIncident(event: { incident: string; timeS: number }, view: TeamView): boolean {
  const sinceS = knownSinceS(view, event.incident);
  return sinceS !== null && event.timeS >= sinceS;
}

/** Whether the team knew, at the event's time, that the incident was over (it saw it end then, or was told earlier). */
function knewOverBy(event: { incident: string; timeS: number }, view: TeamView): boolean {
  const endedS = view.incidents.find((i) => i.id === event.incident)?.endedS ?? null;
  return endedS !== null && endedS <= event.timeS;
}

/** A change of phase at a known incident; a change into a final phase (the fire extinguished) only once the team knew it over. */
function phaseChangeSeen(event: { incident: string; timeS: number; to: string }, view: TeamView): boolean {
  if (!atKnownIncident(event, view)) return false;
  const factor = view.incidents.find((i) => i.id === event.incident)?.factor ?? '';
  return !factorPhases(factor).some((p) => p.final && p.phase === event.to) || knewOverBy(event, view);
}

const rules: { [T in SimEvent['type']]: (event: Extract<SimEvent, { type: T }>, view: TeamView) => boolean } = {
  'unit.dispatched': (e, v) => own(v, e.by) || hasUnit(v, e.unit),
  'unit.arrived': (e, v) => hasUnit(v, e.unit),
  'unit.recalled': (e, v) => own(v, e.by) || hasUnit(v, e.unit),
  'unit.returned': (e, v) => hasUnit(v, e.unit),
  'unit.rerouted': (e, v) => hasUnit(v, e.unit),
  'unit.stranded': (e, v) => hasUnit(v, e.unit),
  'unit.assigned': (e, v) => own(v, e.by) || own(v, e.team) || hasUnit(v, e.unit),
  'evacuation.ordered': (e, v) => own(v, e.by) || hasVillage(v, e.village),
  'evacuation.completed': (e, v) => hasVillage(v, e.village),
  'shelter.opened': announced,
  'shelter.full': (e, v) => commandPost(v) || hasVillage(v, e.village),
  'road.closed': announced,
  'road.reopened': announced,
  'warning.issued': (e, v) => own(v, e.by) || commandPost(v) || e.township || e.villages.includes(v.team),
  'report.filed': (e, v) => own(v, e.by) || own(v, e.to),
  'county.requested': (e, v) => own(v, e.by) || commandPost(v),
  'county.arrived': (e, v) => commandPost(v) || hasUnit(v, e.unit),
  'response.levelSet': announced,
  'inject.delivered': (e, v) => own(v, e.to),
  'inject.skipped': facilitatorOnly,
  'inject.deferred': facilitatorOnly,
  'drill.timeUp': announced,
  'incident.added': facilitatorOnly,
  'incident.started': facilitatorOnly,
  'incident.discovered': atKnownIncident,
  'incident.phaseChanged': phaseChangeSeen,
  'incident.notice': atKnownIncident,
  'incident.casualties': facilitatorOnly,
  'incident.action': (e, v) => own(v, e.by) || (e.unit !== null && hasUnit(v, e.unit)),
  'incident.loss': facilitatorOnly,
  'incident.ended': (e, v) => atKnownIncident(e, v) && knewOverBy(e, v),
  'knowledge.gained': (e, v) => own(v, e.team),
  'call.placed': (e, v) => own(v, e.by) || own(v, e.to),
};

/** Whether the team whose view this is may see `event`. */
export function teamSeesEvent(view: TeamView, event: SimEvent): boolean {
  if (view.team === TeamFacilitator) return true;
  return (rules[event.type] as Rule)(event as never, view);
}
