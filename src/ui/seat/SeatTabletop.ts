// The seat's map: the project's Phaser tabletop (the laptop's map — township, incidents with their readings, unit
// tokens, selection) at phone size with the Canvas renderer, fed the team's view and nothing else. One finger pans,
// two pinch to zoom, a tap picks a unit, an incident or a place. Phaser is loaded once the first view has come, so
// the seat's page opens before it.
import type { TabletopGame } from '../../game/createGame.ts';
import type { MapSelection } from '../../game/mapSelection.ts';
import type { CameraState, DrawnToken } from '../../game/tabletopView.ts';
import type { Language } from '../../i18n/translate.ts';
import type { Drill, PointM, TeamView, World } from '../../sim/index.ts';
import { h } from '../buildElement.ts';
import { SeatTabletopView } from './SeatTabletopView.ts';

/** What a browser test may read of the seat's map (`?test=1`). */
export interface SeatMapProbe {
  drawn: boolean;
  renderer: 'canvas' | 'webgl' | null;
  camera: CameraState | null;
  tokens: DrawnToken[];
  screenOf(point: PointM): { screenX: number; screenY: number } | null;
}

export class SeatTabletop {
  readonly element: HTMLDivElement;
  private view: SeatTabletopView | null = null;
  private game: TabletopGame | null = null;
  private disposed = false;

  constructor(private readonly drill: Drill, private readonly world: World, private readonly language: Language, private readonly onPick: (pick: MapSelection | null) => void) {
    const map = drill.map;
    this.element = h('div', { className: 'seat-tabletop', attrs: { 'data-testid': 'seat-map', role: 'application', 'aria-label': language === 'zh' ? map.nameZh : map.nameEn } });
  }

  /** The team's latest view: the map starts with the first and redraws from each one after. */
  show(view: TeamView): void {
    if (this.view) { this.view.push(view); return; }
    this.view = new SeatTabletopView({ drill: this.drill, world: this.world, first: view, language: this.language, onPick: this.onPick });
    void this.start(this.view);
  }

  probe(): SeatMapProbe {
    const commands = this.view?.map() ?? null;
    return {
      drawn: (this.view?.drawn() ?? null) !== null,
      renderer: this.game?.renderer() ?? null,
      camera: commands?.cameraState() ?? null,
      tokens: commands?.tokens() ?? [],
      screenOf: (point) => commands?.screenOf(point) ?? null,
    };
  }

  dispose(): void {
    this.disposed = true;
    this.game?.destroy();
    this.game = null;
  }

  private async start(view: SeatTabletopView): Promise<void> {
    const { createGame } = await import('../../game/createGame.ts');
    if (this.disposed) return;
    this.game = createGame({ parent: this.element, renderer: 'canvas', view });
  }
}
