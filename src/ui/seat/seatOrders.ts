// The orders of a team's authority, as the seat offers them (the same rules the core enforces in src/sim/orders):
// every team sends its units, calls and reports; a village and the command post warn and move people; the command
// post alone opens shelters, sets the response level, asks the county and puts units under other teams; the command
// post and the police close roads.
import type { OrderType, World } from '../../sim/index.ts';

export type SeatOrder = Extract<OrderType, 'dispatchUnit' | 'relayInformation' | 'fileReport' | 'issueWarning' | 'evacuate' | 'openShelter'
  | 'setResponseLevel' | 'requestCountySupport' | 'assignUnit' | 'closeRoad' | 'reopenRoad'>;

const roadAuthorities: ReadonlySet<string> = new Set(['trafficPolice', 'police']);

/** In the order the seat lists them: the everyday ones first. */
export function seatOrders(world: World, team: string): SeatOrder[] {
  const map = world.drill.map;
  const commandPost = team === 'command-post';
  const village = map.villages.some((v) => v.id === team);
  const roads = commandPost || map.stations.some((s) => s.id === team && roadAuthorities.has(s.kind));
  const county = commandPost && world.drill.scenario.countySupport.length > 0;
  return [
    'dispatchUnit', 'relayInformation', 'fileReport',
    ...(commandPost || village ? ['issueWarning', 'evacuate'] as const : []),
    ...(commandPost ? ['openShelter', 'setResponseLevel'] as const : []),
    ...(county ? ['requestCountySupport'] as const : []),
    ...(commandPost ? ['assignUnit'] as const : []),
    ...(roads ? ['closeRoad', 'reopenRoad'] as const : []),
  ];
}
