// What the project's tabletop map reads on a team's seat: the team's view as the seat's source last gave it (never
// the drill's state, which a phone in the hall does not have), in the seat's language, at phone size. A tap picks a
// unit, an incident or a place, as a click does on the laptop; the seat turns it into a tab to open. No orders here.
import type { DrawnCounts } from '../../game/mapDrawnEvent.ts';
import type { MapSelection, PickMode } from '../../game/mapSelection.ts';
import type { MapCommands, TabletopView } from '../../game/tabletopView.ts';
import { TeamViewFeed } from '../../game/TeamViewFeed.ts';
import type { Language } from '../../i18n/translate.ts';
import type { Drill, TeamView, World } from '../../sim/index.ts';

export class SeatTabletopView implements TabletopView {
  readonly drill: Drill;
  readonly world: World;
  private readonly feed: TeamViewFeed;
  private selected: MapSelection | null = null;
  private commands: MapCommands | null = null;
  private drawnCounts: DrawnCounts | null = null;
  private readonly lang: Language;
  private readonly onPick: (pick: MapSelection | null) => void;

  constructor(options: { drill: Drill; world: World; first: TeamView; language: Language; onPick: (pick: MapSelection | null) => void }) {
    this.drill = options.drill;
    this.world = options.world;
    this.feed = new TeamViewFeed(options.first);
    this.lang = options.language;
    this.onPick = options.onPick;
  }

  /** A new view from the seat's source: the map redraws what changed. */
  push(view: TeamView): void { if (view !== this.feed.view()) this.feed.push(view); }
  view(): TeamView { return this.feed.view(); }
  onView(listener: () => void): () => void { return this.feed.onView(listener); }
  /** The view's own second: a seat's view arrives once a second, and its tokens step with it. */
  displayTimeS(): number { return this.feed.view().timeS; }
  language(): Language { return this.lang; }
  projector(): boolean { return false; }
  selection(): MapSelection | null { return this.selected; }
  pickMode(): PickMode { return 'select'; }

  /** A tap on the map: a bare point clears the selection. */
  picked(pick: MapSelection): void {
    this.selected = pick.kind === 'point' || pick.kind === 'area' ? null : pick;
    this.onPick(this.selected);
  }

  mapReady(commands: MapCommands): void { this.commands = commands; }
  mapDrawn(counts: DrawnCounts): void { this.drawnCounts = counts; }
  map(): MapCommands | null { return this.commands; }
  drawn(): DrawnCounts | null { return this.drawnCounts; }
}
