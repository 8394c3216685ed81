// Checks that the ids a scenario and a roster use exist on the map and in each other.
import type { TownshipMap } from '../world/townshipMap.ts';
import { mapObjects } from '../world/townshipMap.ts';
import type { ContentProblem } from './contentError.ts';
import type { Roster } from './rosterSchema.ts';
import type { Scenario } from './scenarioSchema.ts';
import { TeamCommandPost } from './vocabulary.ts';
import { checkIncidentReferences } from './incidentReferences.ts';
import { ownEntry } from './ownEntry.ts';
import { checkDrillCost } from './drillCost.ts';
import { checkTraining } from '../training/checkTraining.ts';

/** The teams that can give orders and receive injects besides the facilitator. */
export function teamIds(map: TownshipMap, roster: Roster): Set<string> {
  const owners = new Set(roster.units.map((u) => u.owner));
  return new Set([
    TeamCommandPost,
    ...map.stations.map((s) => s.id),
    ...map.villages.map((v) => v.id),
    ...map.facilities.filter((f) => owners.has(f.id)).map((f) => f.id),
  ]);
}

export function checkRoster(file: string, roster: Roster, map: TownshipMap): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const objects = mapObjects(map);
  const owners = new Set(['county', ...map.stations.map((s) => s.id), ...map.villages.map((v) => v.id), ...map.facilities.map((f) => f.id)]);
  const seen = new Set<string>();
  roster.units.forEach((unit, i) => {
    const at = (field: string) => `units.${i}.${field}`;
    if (seen.has(unit.id)) problems.push({ file, path: at('id'), problem: `the unit id "${unit.id}" is used twice` });
    if (objects.has(unit.id)) problems.push({ file, path: at('id'), problem: `"${unit.id}" is already the id of a map object` });
    seen.add(unit.id);
    if (ownEntry(roster.vehicles, unit.vehicle) === undefined) problems.push({ file, path: at('vehicle'), problem: `no vehicle "${unit.vehicle}" in vehicles` });
    if (!owners.has(unit.owner)) problems.push({ file, path: at('owner'), problem: `no station, village or facility "${unit.owner}" on the map (or "county")` });
    const base = objects.get(unit.base);
    if (!base) problems.push({ file, path: at('base'), problem: `no map object "${unit.base}"` });
    const county = unit.owner === 'county';
    if (county && !unit.countyForce) problems.push({ file, path: at('countyForce'), problem: 'a county unit must say which county force it belongs to' });
    if (!county && unit.countyForce) problems.push({ file, path: at('countyForce'), problem: 'only units owned by "county" belong to a county force' });
    if (county && base && !map.places.some((p) => p.id === unit.base && p.kind === 'countyEntry')) {
      problems.push({ file, path: at('base'), problem: 'a county unit is based at a place of kind "countyEntry" at the map edge' });
    }
  });
  return problems;
}

export function checkScenario(file: string, scenario: Scenario, map: TownshipMap, roster: Roster): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const teams = teamIds(map, roster);
  const injectIds = new Set<string>();
  scenario.injects.forEach((inject, i) => {
    if (injectIds.has(inject.id)) problems.push({ file, path: `injects.${i}.id`, problem: `the inject id "${inject.id}" is used twice` });
    injectIds.add(inject.id);
    if (!teams.has(inject.to)) problems.push({ file, path: `injects.${i}.to`, problem: `no team "${inject.to}": use command-post, a station, a village or a facility with units` });
    if (inject.atS > scenario.durationS) problems.push({ file, path: `injects.${i}.atS`, problem: `comes after the drill ends (${scenario.durationS} s)` });
  });
  problems.push(...checkIncidents(file, scenario, map, teams), ...checkIncidentReferences(file, scenario.incidents, map, teams), ...checkDrillCost(file, scenario), ...checkTraining(file, scenario, teams));
  const forces = new Set<string>();
  scenario.countySupport.forEach((support, i) => {
    if (forces.has(support.force)) problems.push({ file, path: `countySupport.${i}.force`, problem: `"${support.force}" is listed twice` });
    forces.add(support.force);
    if (!roster.units.some((u) => u.countyForce === support.force)) {
      problems.push({ file, path: `countySupport.${i}.force`, problem: `the roster has no county unit of force "${support.force}"` });
    }
  });
  return problems;
}

function checkIncidents(file: string, scenario: Scenario, map: TownshipMap, teams: Set<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const objects = mapObjects(map);
  const ids = scenario.incidents.map((i) => i.id);
  scenario.incidents.forEach((incident, i) => {
    const at = (field: string) => `incidents.${i}.${field}`;
    if (ids.indexOf(incident.id) !== i) problems.push({ file, path: at('id'), problem: `the incident id "${incident.id}" is used twice` });
    if (objects.has(incident.id)) problems.push({ file, path: at('id'), problem: `"${incident.id}" is already the id of a map object` });
    if ('place' in incident.at && !objects.has(incident.at.place)) problems.push({ file, path: at('at.place'), problem: `no map object "${incident.at.place}"` });
    if ('xM' in incident.at && (incident.at.xM > map.widthCells * map.cellSizeM || incident.at.yM > map.heightCells * map.cellSizeM)) {
      problems.push({ file, path: at('at'), problem: 'lies outside the map' });
    }
    if ('atS' in incident.start && incident.start.atS > scenario.durationS) problems.push({ file, path: at('start.atS'), problem: `comes after the drill ends (${scenario.durationS} s)` });
    if (!teams.has(incident.discovery.by)) problems.push({ file, path: at('discovery.by'), problem: `no team "${incident.discovery.by}"` });
    for (const [field, list] of [['lead', incident.expected.lead], ['support', incident.expected.support]] as const) {
      list.forEach((team, j) => { if (!teams.has(team)) problems.push({ file, path: at(`expected.${field}.${j}`), problem: `no team "${team}"` }); });
    }
    incident.villagesAtRisk.forEach((v, j) => {
      if (!map.villages.some((m) => m.id === v)) problems.push({ file, path: at(`villagesAtRisk.${j}`), problem: `no village "${v}"` });
    });
    if ('after' in incident.start) {
      const parent = incident.start.after.incident;
      if (parent === incident.id || !ids.includes(parent)) problems.push({ file, path: at('start.after.incident'), problem: `no other incident "${parent}" in this scenario` });
    }
  });
  return problems;
}
