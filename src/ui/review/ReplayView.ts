// What the tabletop map reads during a replay: the replayed state at the replay's time. The map is read-only
// here — clicks select nothing and give no order — and, as for the facilitator, every started incident shows.
import type { DrawnCounts } from '../../game/mapDrawnEvent.ts';
import type { MapSelection, PickMode } from '../../game/mapSelection.ts';
import type { IncidentSnapshot, MapCommands, TabletopView } from '../../game/tabletopView.ts';
import type { Language } from '../../i18n/translate.ts';
import type { ReplayPlayer } from '../../review/ReplayPlayer.ts';
import type { Drill, SimState, World } from '../../sim/index.ts';
import type { AppSettings } from '../app/AppSettings.ts';
import type { DrillClock } from '../app/DrillClock.ts';

export class ReplayView implements TabletopView {
  private revision = 0;
  private commands: MapCommands | null = null;
  private drawnCounts: DrawnCounts | null = null;

  constructor(private readonly player: ReplayPlayer, readonly world: World, private readonly settings: AppSettings, private readonly clock: DrillClock) {}

  get drill(): Drill { return this.player.drill; }
  state(): SimState { return this.player.state(); }
  stateVersion(): number { return this.revision; }
  /** The replay moved, or what is shown changed (the language): redraw. */
  changed(): void { this.revision++; }
  displayTimeS(): number { return this.player.timeS() + (this.player.timeS() < this.player.endS ? this.clock.fraction() : 0); }
  language(): Language { return this.settings.get().language; }
  projector(): boolean { return this.settings.get().projector; }
  incidentVisible(incident: IncidentSnapshot): boolean { return incident.status !== 'pending'; }
  selection(): MapSelection | null { return null; }
  pickMode(): PickMode { return 'select'; }
  picked(_pick: MapSelection): void { /* a replay takes no orders */ }
  mapReady(commands: MapCommands): void { this.commands = commands; }
  map(): MapCommands | null { return this.commands; }
  mapDrawn(counts: DrawnCounts): void { this.drawnCounts = counts; }
  drawn(): DrawnCounts | null { return this.drawnCounts; }
}
