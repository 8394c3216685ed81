// The county sends support on what it was told: a request naming an incident needs the county to know it (from the
// command post's report or call), and a request with no incident needs it to know of at least one under way.
import type { SimContext } from '../simContext.ts';
import type { Target } from '../state/target.ts';
import { targetIncident } from '../state/target.ts';
import type { Rejection } from '../orders/rejection.ts';
import { reject } from '../orders/rejection.ts';
import { knows, rejectUnlessKnows } from './knows.ts';

export const TeamCounty = 'county';

export function countyNotTold(ctx: SimContext, by: string, target: Target | null): Rejection | null {
  const about = targetIncident(target);
  if (about !== null) {
    const unknown = rejectUnlessKnows(ctx, by, about);
    if (unknown) return unknown;
    return knows(ctx.state, TeamCounty, about) ? null : reject('county-not-told', { incident: about });
  }
  const begun = ctx.state.incidents.filter((i) => i.status !== 'pending');
  if (begun.length === 0 || begun.some((i) => knows(ctx.state, TeamCounty, i.id))) return null;
  return reject('county-not-told-any');
}
