// What the tabletop map reads on the projector: the hall's view of the followed drill (the command post's, see
// publicView.ts), large, in the facilitator's language, pushed on every message. The map is read-only here.
import type { DrawnCounts } from '../../game/mapDrawnEvent.ts';
import type { MapSelection, PickMode } from '../../game/mapSelection.ts';
import type { MapCommands, TabletopView } from '../../game/tabletopView.ts';
import type { Language } from '../../i18n/translate.ts';
import { TeamViewFeed } from '../../game/TeamViewFeed.ts';
import type { Drill, TeamView, World } from '../../sim/index.ts';
import type { ProjectorFollower } from './ProjectorFollower.ts';

export class ProjectorView implements TabletopView {
  private drawnCounts: DrawnCounts | null = null;
  private readonly feed: TeamViewFeed;

  readonly drill: Drill;
  readonly world: World;
  private lang: Language;

  constructor(private readonly options: { follower: ProjectorFollower; drill: Drill; world: World; firstView: TeamView; language: Language; onDrawn: () => void }) {
    this.feed = new TeamViewFeed(options.firstView);
    this.drill = options.drill;
    this.world = options.world;
    this.lang = options.language;
  }

  view(): TeamView { return this.feed.view(); }
  onView(listener: () => void): () => void { return this.feed.onView(listener); }
  /** The follower moved on: show its view (the last one stays after the drill ended). */
  followed(): void { const view = this.options.follower.view(); if (view) this.feed.push(view); }
  displayTimeS(): number { return this.feed.view().timeS; }
  language(): Language { return this.lang; }
  setLanguage(lang: Language): void { this.lang = lang; }
  projector(): boolean { return true; }
  selection(): MapSelection | null { return null; }
  pickMode(): PickMode { return 'select'; }
  picked(_pick: MapSelection): void { /* the projector takes no orders */ }
  mapReady(_commands: MapCommands): void { /* nobody steers the projector's camera but its own mouse */ }
  mapDrawn(counts: DrawnCounts): void { this.drawnCounts = counts; this.options.onDrawn(); }
  drawn(): DrawnCounts | null { return this.drawnCounts; }
}
