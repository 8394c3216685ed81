// What the tabletop map reads on the projector: the followed drill's state, large, in the facilitator's
// language, and only what the whole hall may see. The map is read-only here: clicks select nothing.
import type { DrawnCounts } from '../../game/mapDrawnEvent.ts';
import type { MapSelection, PickMode } from '../../game/mapSelection.ts';
import type { IncidentSnapshot, MapCommands, TabletopView } from '../../game/tabletopView.ts';
import type { Language } from '../../i18n/translate.ts';
import type { Drill, SimState, World } from '../../sim/index.ts';
import type { ProjectorFollower } from './ProjectorFollower.ts';
import { publicIncidentVisible } from './publicView.ts';

export class ProjectorView implements TabletopView {
  private drawnCounts: DrawnCounts | null = null;
  private languageRevision = 0;

  readonly drill: Drill;
  readonly world: World;
  private lang: Language;

  constructor(private readonly options: { follower: ProjectorFollower; drill: Drill; world: World; first: SimState; language: Language; onDrawn: () => void }) {
    this.drill = options.drill;
    this.world = options.world;
    this.lang = options.language;
  }

  /** The followed drill's state; the first one seen while the follower has none (after the drill ended). */
  state(): SimState { return this.options.follower.state() ?? this.options.first; }
  stateVersion(): number { return this.options.follower.version() + this.languageRevision * 1e9; }
  displayTimeS(): number { return this.state().timeS; }
  language(): Language { return this.lang; }
  setLanguage(lang: Language): void { this.lang = lang; this.languageRevision++; }
  projector(): boolean { return true; }
  incidentVisible(incident: IncidentSnapshot): boolean { return publicIncidentVisible(incident); }
  selection(): MapSelection | null { return null; }
  pickMode(): PickMode { return 'select'; }
  picked(_pick: MapSelection): void { /* the projector takes no orders */ }
  mapReady(_commands: MapCommands): void { /* nobody steers the projector's camera but its own mouse */ }
  mapDrawn(counts: DrawnCounts): void { this.drawnCounts = counts; this.options.onDrawn(); }
  drawn(): DrawnCounts | null { return this.drawnCounts; }
}
