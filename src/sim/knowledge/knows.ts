// Whether a team knows of an incident: the facilitator knows every incident that has begun; anyone else only what
// it has seen or been told. An order naming an incident its team does not know is refused.
import type { SimContext } from '../simContext.ts';
import { TeamFacilitator } from '../scenario/vocabulary.ts';
import type { SimState } from '../state/simState.ts';
import type { Rejection } from '../orders/rejection.ts';
import { reject } from '../orders/rejection.ts';

export function knows(state: SimState, team: string, incident: string): boolean {
  if (team === TeamFacilitator) return state.incidents.some((i) => i.id === incident && i.status !== 'pending');
  return state.knowledge[team]?.[incident] !== undefined;
}

/** A refusal when `by` does not know the incident it names (an unknown id, or one not begun, is left to the order's own check). */
export function rejectUnlessKnows(ctx: SimContext, by: string, incident: string): Rejection | null {
  if (!ctx.state.incidents.some((i) => i.id === incident && i.status !== 'pending') || knows(ctx.state, by, incident)) return null;
  return reject('incident-not-known', { by, incident });
}
