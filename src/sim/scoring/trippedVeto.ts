// A veto the drill tripped: which, at which incident, and the code and figures it is worded from.
import type { VetoId } from './measureIds.ts';

export interface TrippedVeto {
  veto: VetoId;
  incident: string;
  /** The rule and the figures behind it, for words in any language. */
  code: string;
  params: Record<string, string | number>;
  /** Set when the rubric softens this veto to a cap: the best conclusion the drill can then reach. */
  capsAt?: 'good' | 'pass';
}
