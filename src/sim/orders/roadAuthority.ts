// Who may close and reopen roads: the command post, the traffic police squadron and the police station.
import type { SimContext } from '../simContext.ts';
import { TeamCommandPost } from '../scenario/vocabulary.ts';
import type { Rejection } from './rejection.ts';
import { reject } from './rejection.ts';

export function rejectUnlessRoadAuthority(ctx: SimContext, by: string): Rejection | null {
  if (by === TeamCommandPost) return null;
  const station = ctx.world.drill.map.stations.find((s) => s.id === by);
  return station && (station.kind === 'trafficPolice' || station.kind === 'police') ? null : reject('not-road-authority');
}
