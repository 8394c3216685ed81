// What an order was about, in names, for the review's timeline: the unit, villages, shelter, road, team,
// incident or inject it named, and where a unit was sent.
import type { Order } from '../../sim/index.ts';
import type { ReviewContext } from './reviewContext.ts';

const namedFields = ['unit', 'team', 'incident', 'inject', 'road', 'shelter'] as const;

export function orderSubject(ctx: ReviewContext, order: Order): string {
  const fields = order as Partial<Record<(typeof namedFields)[number] | 'villages', unknown>> & { to?: unknown };
  const names: string[] = [];
  for (const field of namedFields) {
    const id = fields[field];
    if (typeof id === 'string') names.push(ctx.name(id));
  }
  if (Array.isArray(fields.villages)) names.push(...fields.villages.filter((v): v is string => typeof v === 'string').map((v) => ctx.name(v)));
  const to = fields.to;
  if (to && typeof to === 'object') {
    const target = to as { place?: unknown; incident?: unknown };
    const id = typeof target.place === 'string' ? target.place : typeof target.incident === 'string' ? target.incident : null;
    if (id) names.push(`→ ${ctx.name(id)}`);
  }
  return names.join(' ');
}
