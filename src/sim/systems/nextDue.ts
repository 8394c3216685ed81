// The next time a system has anything to do, kept between seconds while the drill has not changed: a system that acts
// only when a time in the state comes due (a unit reaching the end of its trip, a county force entering the map) skips
// the seconds before it instead of looking through every unit each second. Nothing here is part of the state.
import type { SimContext } from '../simContext.ts';
import type { SimState } from '../state/simState.ts';

interface Kept { state: SimState; changeCount: number; dueS: number }

export class NextDue {
  private readonly byState = new WeakMap<SimState, Kept>();
  private last: Kept | null = null;

  /** `dueOf`: the earliest sim second at which the system would act on the state as it is (Infinity: never). */
  constructor(private readonly dueOf: (state: SimState) => number) {}

  /** Whether the system has nothing to do this second: the drill has not changed since it last ran (no event, no
   *  change counted without one) and the time it would next act has not come. */
  notYet(ctx: SimContext): boolean {
    const kept = this.last?.state === ctx.state ? this.last : this.byState.get(ctx.state);
    return kept !== undefined && kept !== null && kept.changeCount === ctx.changeCount() && ctx.state.timeS < kept.dueS;
  }

  /** Keeps when the system next acts, after it has run this second (its own changes counted). */
  ran(ctx: SimContext): void {
    let kept = this.last?.state === ctx.state ? this.last : this.byState.get(ctx.state);
    if (!kept) {
      kept = { state: ctx.state, changeCount: 0, dueS: 0 };
      this.byState.set(ctx.state, kept);
    }
    kept.changeCount = ctx.changeCount();
    kept.dueS = this.dueOf(ctx.state);
    this.last = kept;
  }
}
