// The one place a client of a hall room turns the room's `view` and `view.patch` messages into its team's view: a
// whole view replaces what it held; a patch that follows the version it holds is applied; an older one is ignored; a
// newer one (a version missed) or one that does not parse or fit means asking the room for the whole view again
// (`view.resync`). Nothing the room sends can make it throw: the seat keeps the last good view meanwhile.
import type { TeamView } from '../sim/index.ts';
import type { Clock, ViewResyncMessage } from './protocol.ts';
import { ViewPatchMessage } from './protocol.ts';
import { applyViewPatch } from './viewPatch.ts';

/** What a received message means for the seat: a new view to show, a resync to ask for, or nothing. */
export type Received =
  | { kind: 'view'; view: TeamView; clock: Clock }
  | { kind: 'resync'; ask: ViewResyncMessage; problem: string }
  | { kind: 'none' };

/** While a resync is awaited, patches are ignored; after this many, the seat asks again (the answer may be lost). */
const patchesBeforeAskingAgain = 10;

export class ViewReceiver {
  private held: { view: TeamView; clock: Clock; version: number } | null = null;
  private awaitingWhole = false;
  private ignoredWhileAwaiting = 0;

  get view(): TeamView | null { return this.held?.view ?? null; }
  get clock(): Clock | null { return this.held?.clock ?? null; }
  get version(): number | null { return this.held?.version ?? null; }

  /** Reads one message of the room's; `type` other than `view` and `view.patch` is nothing to it. */
  receive(type: string, message: unknown): Received {
    if (type === 'view') return this.whole(message);
    if (type === 'view.patch') return this.patch(message);
    return { kind: 'none' };
  }

  /** Forget the view (a new connection: the room sends the whole view on joining). */
  reset(): void {
    this.held = null;
    this.awaitingWhole = false;
  }

  private whole(message: unknown): Received {
    const whole = message as { view?: unknown; clock?: unknown; version?: unknown } | null;
    if (!whole || typeof whole.view !== 'object' || whole.view === null || typeof whole.clock !== 'object' || whole.clock === null) {
      return this.ask('a whole view without its view or clock');
    }
    this.held = { view: whole.view as TeamView, clock: whole.clock as Clock, version: Number.isInteger(whole.version) ? (whole.version as number) : 0 };
    this.awaitingWhole = false;
    return { kind: 'view', view: this.held.view, clock: this.held.clock };
  }

  private patch(message: unknown): Received {
    const parsed = ViewPatchMessage.safeParse(message);
    const held = this.held;
    if (!parsed.success) return this.ask(`a patch that does not parse: ${parsed.error.issues[0]?.message ?? ''}`);
    const patch = parsed.data;
    if (held === null) return this.ask('a patch before any whole view');
    if (patch.to <= held.version) return { kind: 'none' };
    if (patch.from !== held.version) return this.ask(`a patch from version ${patch.from} while holding ${held.version}`);
    const applied = patch.changes === null ? { ok: true as const, view: held.view } : applyViewPatch(held.view, patch.changes);
    if (!applied.ok) return this.ask(applied.problem);
    this.held = { view: applied.view, clock: patch.clock, version: patch.to };
    return { kind: 'view', view: applied.view, clock: patch.clock };
  }

  private ask(problem: string): Received {
    if (this.awaitingWhole && ++this.ignoredWhileAwaiting < patchesBeforeAskingAgain) return { kind: 'none' };
    this.awaitingWhole = true;
    this.ignoredWhileAwaiting = 0;
    return { kind: 'resync', ask: { have: this.held?.version ?? null }, problem };
  }
}
