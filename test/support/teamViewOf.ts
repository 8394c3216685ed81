// A small TeamView for tests of what a screen shows: a team, the incidents it knows (id and since when), its units
// and villages by id. Everything else is empty.
import type { TeamView } from '../../src/sim/index.ts';

export function teamViewOf(team: string, parts: { incidents?: { id: string; knownSinceS: number }[]; units?: string[]; villages?: string[] } = {}): TeamView {
  return {
    team, timeS: 0, warnings: [], messages: [], injects: [], orders: [], responseLevel: 'none', closedRoads: [], shelters: [], readings: [],
    incidents: (parts.incidents ?? []).map((i) => ({ id: i.id, factor: 'fire', titleZh: i.id, titleEn: i.id, actions: [], at: { xM: 0, yM: 0 }, knownSinceS: i.knownSinceS, toldBy: null, via: 'report', phase: null, ended: false, endedS: null, casualties: null, lossYuan: null })),
    units: (parts.units ?? []).map((id) => ({ id, status: 'atBase', at: { xM: 0, yM: 0 }, target: null, movement: null, assignedTo: null })),
    villages: (parts.villages ?? []).map((id) => ({ id, atHomeCount: 0, atHomeVulnerableCount: 0, movedCount: 0, movedVulnerableCount: 0, evacuation: null, helpCarry: 0, warning: null })),
  };
}
