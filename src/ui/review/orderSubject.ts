// What an order was about, in names, for the review's timeline: the unit, villages, shelter, road, team,
// incident or inject it named, where a unit was sent, the action taken on scene and the response level set.
import { actionName } from '../../i18n/describeEvent.ts';
import { translate } from '../../i18n/translate.ts';
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
  if (order.type === 'actOnIncident') names.push(`: ${actionName(ctx.drill.world, order.incident, order.action)[ctx.lang]}`);
  if (order.type === 'setResponseLevel') names.push(translate(ctx.lang, `level.${order.level}`));
  return names.join(' ');
}
