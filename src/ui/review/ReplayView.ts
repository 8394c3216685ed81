// What the tabletop map reads during a replay: the facilitator's view (the truth) of the replayed drill at the
// replay's time, pushed whenever the replay moves. The map is read-only here: clicks select nothing and give no order.
import type { DrawnCounts } from '../../game/mapDrawnEvent.ts';
import type { MapSelection, PickMode } from '../../game/mapSelection.ts';
import type { MapCommands, TabletopView } from '../../game/tabletopView.ts';
import type { Language } from '../../i18n/translate.ts';
import type { ReplayPlayer } from '../../review/ReplayPlayer.ts';
import type { Drill, TeamView, World } from '../../sim/index.ts';
import { TeamFacilitator, viewOf } from '../../sim/index.ts';
import { TeamViewFeed } from '../../game/TeamViewFeed.ts';
import type { AppSettings } from '../app/AppSettings.ts';
import type { DrillClock } from '../app/DrillClock.ts';

export class ReplayView implements TabletopView {
  private readonly feed: TeamViewFeed;
  private commands: MapCommands | null = null;
  private drawnCounts: DrawnCounts | null = null;

  constructor(private readonly player: ReplayPlayer, readonly world: World, private readonly settings: AppSettings, private readonly clock: DrillClock) {
    this.feed = new TeamViewFeed(this.truth());
  }

  private truth(): TeamView { return viewOf(this.world, this.player.state(), TeamFacilitator); }

  get drill(): Drill { return this.player.drill; }
  view(): TeamView { return this.feed.view(); }
  onView(listener: () => void): () => void { return this.feed.onView(listener); }
  /** The replay moved, or what is shown changed (the language): push the view at the replay's time. */
  changed(): void { this.feed.push(this.truth()); }
  displayTimeS(): number { return this.player.timeS() + (this.player.timeS() < this.player.endS ? this.clock.fraction() : 0); }
  language(): Language { return this.settings.get().language; }
  projector(): boolean { return this.settings.get().projector; }
  selection(): MapSelection | null { return null; }
  pickMode(): PickMode { return 'select'; }
  picked(_pick: MapSelection): void { /* a replay takes no orders */ }
  mapReady(commands: MapCommands): void { this.commands = commands; }
  map(): MapCommands | null { return this.commands; }
  mapDrawn(counts: DrawnCounts): void { this.drawnCounts = counts; }
  drawn(): DrawnCounts | null { return this.drawnCounts; }
}
