// The state at the start of a drill: units at their bases (county forces off the map), everyone at home.
import { RandomStreams } from '../random/RandomStreams.ts';
import type { World } from '../world/world.ts';
import type { SimState } from './simState.ts';
import { noCasualties, pendingIncident } from '../incidents/incidentState.ts';

export function initialState(world: World, seed: string): SimState {
  const { scenario, map, roster } = world.drill;
  return {
    schemaVersion: 1,
    scenarioId: scenario.id,
    seed,
    timeS: 0,
    random: new RandomStreams(seed).save(),
    units: roster.units.map((u) => ({
      id: u.id,
      status: u.owner === 'county' ? 'offMap' : 'atBase',
      at: world.objects.get(u.base)!.at,
      target: null,
      movement: null,
      assignedTo: null,
      entersS: null,
    })),
    villages: map.villages.map((v) => ({
      id: v.id,
      atHomeCount: v.population - v.elderlyAlone - v.children,
      atHomeVulnerableCount: v.elderlyAlone + v.children,
      movedCount: 0,
      movedVulnerableCount: 0,
      evacuation: null,
      helpCarry: 0,
      warning: null,
    })),
    shelters: map.shelters.map((s) => ({ id: s.id, open: s.openAtStart, occupantCount: 0 })),
    closedRoads: [],
    warnings: [],
    reports: [],
    countyRequests: [],
    responseLevel: 'none',
    injects: scenario.injects.map((i) => ({ id: i.id, dueS: i.atS, status: 'pending', deliveredS: null })),
    incidents: scenario.incidents.map((i) => pendingIncident(i.id, i.factor, i.groundTruth.estimatedLossYuan)),
    knowledge: {},
    calls: [],
    casualties: noCasualties(),
    timeUp: false,
  };
}
