// One typed view per team, computed from the state alone: the tabletop, the feed and the CLI render this, never the
// state's internals. The facilitator sees the truth; the command post commands (and sees) every unit; any other team
// sees its own units, its own village, and only the incidents it knows, as it knows them.
// Map readings (fire cells, plume bands, water depth …, src/sim/readings) go with sight, not with knowledge: the
// facilitator gets the reading of every incident that has begun; any other team, the command post included, only of
// an incident it knows AND can see now — one of its eyes (its own place, a unit it commands) within the incident's
// sight range (knowledge/sightRanges.ts), or its own village or facility hit (knowledge/teamSees.ts). A team told of a
// fire by phone or report knows the figures it was given, but gets no cells of it.
import type { RecordedOrder } from '../record.ts';
import { TeamCommandPost, TeamFacilitator } from '../scenario/vocabulary.ts';
import type { SimState } from '../state/simState.ts';
import type { IncidentState } from '../incidents/incidentState.ts';
import { commanderOf } from '../orders/authority.ts';
import { unitPositionAt } from '../units/trips.ts';
import type { PointM } from '../world/townshipMap.ts';
import type { World } from '../world/world.ts';
import type { Drill } from '../scenario/loadDrill.ts';
import { teamIds } from '../scenario/crossReferences.ts';
import { incidentSpecOf } from '../state/incidentSpecOf.ts';
import type { Incident } from '../scenario/incidentSchema.ts';
import { availableActions } from '../incidents/availableActions.ts';
import type { IncidentView, MessageView, TeamView } from './teamView.ts';
import { trueCasualties } from './truthFigures.ts';
import type { IncidentReading } from '../readings/incidentReading.ts';
import { incidentReading } from '../readings/readingRegistry.ts';
import { teamSees } from './teamSees.ts';

const seesAll = (team: string) => team === TeamFacilitator || team === TeamCommandPost;

/** What names an incident and what may be done at it: the same for every team that knows it (its spec never changes). */
const specWords = new WeakMap<Incident, Pick<IncidentView, 'titleZh' | 'titleEn' | 'actions'>>();

function wordsOf(world: World, state: SimState, incident: string): Pick<IncidentView, 'titleZh' | 'titleEn' | 'actions'> {
  const spec = incidentSpecOf(world, state, incident)!;
  const known = specWords.get(spec);
  if (known) return known;
  const words = { titleZh: spec.titleZh, titleEn: spec.titleEn, actions: availableActions(spec) };
  specWords.set(spec, words);
  return words;
}

function placeOf(world: World, state: SimState, incident: string): PointM {
  const { at } = incidentSpecOf(world, state, incident)!;
  return 'place' in at ? world.objects.get(at.place)!.at : { xM: at.xM, yM: at.yM };
}

/** The truth of an incident's end: over once its machine reached a final phase, from that phase's time. */
function endedOf(incident: IncidentState): Pick<IncidentView, 'ended' | 'endedS'> {
  return incident.status === 'ended' ? { ended: true, endedS: incident.phaseHistory.at(-1)?.atS ?? incident.startedS } : { ended: false, endedS: null };
}

function incidentsOf(world: World, state: SimState, team: string): IncidentView[] {
  if (team === TeamFacilitator) {
    return state.incidents.filter((i) => i.status !== 'pending').map((i) => ({
      id: i.id, factor: i.factor, ...wordsOf(world, state, i.id), at: placeOf(world, state, i.id),
      knownSinceS: i.startedS!, toldBy: null, via: 'truth', phase: i.phase, ...endedOf(i), casualties: trueCasualties(i), lossYuan: i.lossYuan,
    }));
  }
  const known = state.knowledge[team] ?? {};
  // In scenario order, then curveballs as added: the order of state.incidents.
  return state.incidents.flatMap((i) => {
    const k = known[i.id];
    if (!k) return [];
    const endedS = k.endedS ?? null;
    return [{ id: i.id, factor: k.factor, ...wordsOf(world, state, i.id), at: k.at, knownSinceS: k.sinceS, toldBy: k.from, via: k.via, phase: k.phase, ended: endedS !== null, endedS, casualties: k.casualties, lossYuan: k.lossYuan }];
  });
}

/** Each incident's reading, worked out at most once however many teams ask (views taken together share one). */
type ReadingOf = (incident: IncidentState) => IncidentReading | null;

function readingOnce(world: World, state: SimState): ReadingOf {
  const known = new Map<string, IncidentReading | null>();
  return (incident) => {
    if (!known.has(incident.id)) known.set(incident.id, incidentReading(world, incidentSpecOf(world, state, incident.id)!, incident, placeOf(world, state, incident.id)));
    return known.get(incident.id)!;
  };
}

/** The map readings `team` may see now (the header says which), in the order of the state's incidents. */
export function readingsOf(world: World, state: SimState, team: string, readingOf: ReadingOf = readingOnce(world, state)): IncidentReading[] {
  const known = state.knowledge[team] ?? {};
  return state.incidents.flatMap((incident) => {
    if (incident.status === 'pending' || (team !== TeamFacilitator && !known[incident.id])) return [];
    if (team !== TeamFacilitator && !teamSees(world, state, team, incident, incidentSpecOf(world, state, incident.id)!, placeOf(world, state, incident.id))) return [];
    const reading = readingOf(incident);
    return reading ? [reading] : [];
  });
}

function messagesOf(world: World, state: SimState, team: string): MessageView[] {
  const all = team === TeamFacilitator;
  const reports: MessageView[] = state.reports.filter((r) => all || r.to === team).map((r) => ({ kind: 'report', atS: r.atS, from: r.by, reportKind: r.kind, incident: r.incident }));
  const calls: MessageView[] = state.calls.filter((c) => c.delivered && (all || c.to === team)).map((c) => ({ kind: 'call', atS: c.dueS, from: c.from, channel: c.channel, incident: c.incident }));
  const injects: MessageView[] = state.injects.filter((i) => i.status === 'delivered' && (all || world.drill.scenario.injects.find((d) => d.id === i.id)?.to === team))
    .map((i) => ({ kind: 'inject', atS: i.deliveredS!, inject: i.id }));
  const warnings: MessageView[] = state.warnings.filter((w) => all || w.villages.includes(team)).map((w) => ({ kind: 'warning', atS: w.atS, from: w.by, warning: w }));
  return [...reports, ...calls, ...injects, ...warnings].sort((a, b) => a.atS - b.atS);
}

type OrdersRecord = { orders: readonly RecordedOrder[] };

/** What `team` may see now. Pass the drill record to include the team's own orders and their outcomes. */
export function viewOf(world: World, state: SimState, team: string, record?: OrdersRecord): TeamView {
  return viewWith(world, state, team, record, readingOnce(world, state));
}

/** The views of several teams at one moment (every seat of a hall at once): each incident's reading is worked out once. */
export function viewsOf(world: World, state: SimState, teams: readonly string[], record?: OrdersRecord): TeamView[] {
  const readingOf = readingOnce(world, state);
  return teams.map((team) => viewWith(world, state, team, record, readingOf));
}

function viewWith(world: World, state: SimState, team: string, record: OrdersRecord | undefined, readingOf: ReadingOf): TeamView {
  const units = state.units
    .filter((u) => u.status !== 'offMap' && (seesAll(team) || commanderOf(world.units.get(u.id)!, u) === team))
    .map((u) => ({ id: u.id, status: u.status, at: unitPositionAt(u, state.timeS), target: structuredClone(u.target), movement: structuredClone(u.movement), assignedTo: u.assignedTo }));
  return {
    team,
    timeS: state.timeS,
    units,
    villages: state.villages.filter((v) => seesAll(team) || v.id === team).map((v) => structuredClone(v)),
    incidents: incidentsOf(world, state, team),
    readings: readingsOf(world, state, team, readingOf),
    warnings: state.warnings.filter((w) => seesAll(team) || w.by === team || w.villages.includes(team)).map((w) => structuredClone(w)),
    responseLevel: state.responseLevel,
    closedRoads: [...state.closedRoads],
    shelters: state.shelters.map((s) => ({ ...s })),
    messages: messagesOf(world, state, team),
    injects: team === TeamFacilitator ? state.injects.map((i) => ({ ...i })) : [],
    // The record's own entries: an order is cloned when given and never changed once recorded, so it is shared, not
    // copied (copying every order of the drill into every view, every second, was most of a view's cost).
    orders: (record?.orders ?? []).filter((o) => team === TeamFacilitator || o.order.by === team),
  };
}

/** Every team a view may be asked for: the facilitator, the command post, the county and the teams of the map. */
export function viewTeams(drill: Drill): string[] {
  return [TeamFacilitator, ...teamIds(drill.map, drill.roster), 'county'];
}
