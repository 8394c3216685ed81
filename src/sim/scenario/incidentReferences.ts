// The map and roster ids inside a factor's own incident fields (a crash's road, a pumping station, a heat group's
// authorities …), checked at load time so a misspelt id is a message naming the field, never a crash mid-drill.
import type { TownshipMap } from '../world/townshipMap.ts';
import { mapObjects } from '../world/townshipMap.ts';
import type { ContentProblem } from './contentError.ts';
import type { Incident } from './incidentSchema.ts';

type Ref = { path: string; id: string; kind: 'road' | 'station' | 'countyEntry' | 'object' | 'team' };

function referencesOf(incident: Incident): Ref[] {
  switch (incident.factor) {
    case 'collision': return [
      ...(incident.road ? [{ path: 'road', id: incident.road, kind: 'road' as const }] : []),
      ...(incident.clinic.station ? [{ path: 'clinic.station', id: incident.clinic.station, kind: 'station' as const }] : []),
      ...(incident.countyHospital.entry ? [{ path: 'countyHospital.entry', id: incident.countyHospital.entry, kind: 'countyEntry' as const }] : []),
    ];
    case 'flood': return incident.pumping.at && 'place' in incident.pumping.at ? [{ path: 'pumping.at.place', id: incident.pumping.at.place, kind: 'object' }] : [];
    case 'crowd': return incident.approachRoads.map((id, i) => ({ path: `approachRoads.${i}`, id, kind: 'road' as const }));
    case 'heat': return 'authorities' in incident.group ? incident.group.authorities.map((id, i) => ({ path: `group.authorities.${i}`, id, kind: 'team' as const })) : [];
    default: return [];
  }
}

export function checkIncidentReferences(file: string, incidents: readonly Incident[], map: TownshipMap, teams: ReadonlySet<string>): ContentProblem[] {
  const objects = mapObjects(map);
  const exists: Record<Ref['kind'], (id: string) => boolean> = {
    road: (id) => map.roads.some((r) => r.id === id),
    station: (id) => map.stations.some((s) => s.id === id),
    countyEntry: (id) => map.places.some((p) => p.id === id && p.kind === 'countyEntry'),
    object: (id) => objects.has(id),
    team: (id) => teams.has(id),
  };
  const what: Record<Ref['kind'], string> = { road: 'road', station: 'station', countyEntry: 'county entry place', object: 'map object', team: 'team' };
  return incidents.flatMap((incident, i) => referencesOf(incident)
    .filter((ref) => !exists[ref.kind](ref.id))
    .map((ref) => ({ file, path: `incidents.${i}.${ref.path}`, problem: `no ${what[ref.kind]} "${ref.id}"` })));
}
