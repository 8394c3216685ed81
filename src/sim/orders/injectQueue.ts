// The scenario's injects as the facilitator controls them: finding a pending one, and delivering it.
import type { SimContext } from '../simContext.ts';
import { TeamFacilitator } from '../scenario/vocabulary.ts';
import type { InjectState } from '../state/simState.ts';
import type { Rejection } from './rejection.ts';
import { reject } from './rejection.ts';
import { knownIncident, learn } from '../knowledge/learn.ts';

/** The pending inject the facilitator names, or why it cannot be touched. */
export function pendingInject(ctx: SimContext, by: string, id: string): InjectState | Rejection {
  if (by !== TeamFacilitator) return reject('facilitator-only');
  const inject = ctx.state.injects.find((i) => i.id === id);
  if (!inject) return reject('unknown-inject', { inject: id });
  return inject.status === 'pending' ? inject : reject('inject-not-pending', { inject: id });
}

/** Delivers a pending inject at the current time; shared by the inject system and the facilitator. */
export function deliverInject(ctx: SimContext, inject: InjectState): void {
  const def = ctx.world.drill.scenario.injects.find((i) => i.id === inject.id)!;
  inject.status = 'delivered';
  inject.deliveredS = ctx.state.timeS;
  ctx.emit({ type: 'inject.delivered', inject: inject.id, to: def.to });
  const about = def.incident === undefined ? undefined : ctx.state.incidents.find((i) => i.id === def.incident && i.status !== 'pending');
  if (about && def.to !== TeamFacilitator) learn(ctx, { team: def.to, incident: about.id, via: 'inject', from: null, figures: {} });
}

/**
 * An inject delivered before its incident began (fired ahead of time by the facilitator, or due at the very second the
 * incident starts, as a scenario's 0 s warning is: the injects are delivered before the incidents start within a
 * second) tells its addressee of the incident as soon as it begins: the message was delivered, so whoever received it
 * knows what it was about from then on.
 */
export function tellOfIncidentsBegun(ctx: SimContext): void {
  for (const inject of ctx.state.injects) {
    if (inject.status !== 'delivered') continue;
    const def = ctx.world.drill.scenario.injects.find((i) => i.id === inject.id)!;
    if (def.incident === undefined || def.to === TeamFacilitator || knownIncident(ctx.state.knowledge, def.to, def.incident)) continue;
    const about = ctx.state.incidents.find((i) => i.id === def.incident && i.status === 'active');
    if (about) learn(ctx, { team: def.to, incident: about.id, via: 'inject', from: null, figures: {} });
  }
}
