import { describe, expect, it } from 'vitest';
import type { Order } from '../../../src/sim/index.ts';
import { createSimulation, viewTeams } from '../../../src/sim/index.ts';
import type { SeatOrder } from '../../../src/ui/seat/seatOrders.ts';
import { seatOrders } from '../../../src/ui/seat/seatOrders.ts';
import { scenarioDrill } from '../../support/demoDrill.ts';

const drill = scenarioDrill('scenarios/demo-river-flood.json');
const map = drill.map;
const authorityRefusals = ['command-post-only', 'not-your-village', 'not-road-authority'];

/** An order of each kind that only authority could refuse: its own village for a village, else the first. */
function sample(type: SeatOrder, by: string): Order | null {
  const village = map.villages.some((v) => v.id === by) ? by : map.villages[0]!.id;
  const shelter = map.shelters[0]!.id;
  switch (type) {
    case 'issueWarning': return { type, by, colour: 'blue', to: [village], message: '注意' };
    case 'evacuate': return { type, by, villages: [village], shelter };
    case 'openShelter': return { type, by, shelter: map.shelters.find((s) => !s.openAtStart)?.id ?? shelter };
    case 'setResponseLevel': return { type, by, level: 'IV' };
    case 'assignUnit': return { type, by, unit: drill.roster.units[0]!.id, team: village };
    case 'closeRoad': return { type, by, road: map.roads[0]!.id };
    default: return null;
  }
}

describe("a seat offers the orders of its team's authority, the same the core allows", () => {
  it('offers a village warnings and moving its people, but none of the command post’s own orders', () => {
    const orders = seatOrders(createSimulation(drill).world, 'hetan');
    expect(orders).toEqual(expect.arrayContaining(['dispatchUnit', 'relayInformation', 'fileReport', 'issueWarning', 'evacuate']));
    expect(orders).not.toContain('setResponseLevel');
    expect(orders).not.toContain('closeRoad');
  });

  it('offers the command post every order a team can give', () => {
    expect(seatOrders(createSimulation(drill).world, 'command-post')).toEqual(['dispatchUnit', 'relayInformation', 'fileReport', 'issueWarning', 'evacuate',
      'openShelter', 'setResponseLevel', 'requestCountySupport', 'assignUnit', 'closeRoad', 'reopenRoad']);
  });

  it('leaves out exactly the orders the core refuses a team for want of authority', () => {
    const teams = viewTeams(drill).filter((t) => t !== 'facilitator' && t !== 'county');
    const kinds: SeatOrder[] = ['issueWarning', 'evacuate', 'openShelter', 'setResponseLevel', 'assignUnit', 'closeRoad'];
    for (const team of teams) {
      const offered = seatOrders(createSimulation(drill).world, team);
      for (const kind of kinds) {
        const result = createSimulation(drill).dispatch(sample(kind, team));
        const refusedForAuthority = !result.ok && authorityRefusals.includes(result.reason);
        expect({ team, kind, offered: offered.includes(kind) }).toEqual({ team, kind, offered: !refusedForAuthority });
      }
    }
  });
});
