// The township map: the township in the world under a movable camera; the title block and legend fixed on screen.
// It only shows the parsed TownshipMap it is given; it never changes it.
import Phaser from 'phaser';
import type { TownshipMap } from '../sim/index.ts';
import { attachCameraControls } from './cameraControls.ts';
import { drawLegend } from './drawLegend.ts';
import { drawTitleBlock } from './drawTitleBlock.ts';
import { drawTownship } from './drawTownship.ts';
import type { Insets } from './fitView.ts';
import { mapDrawnEvent } from './mapDrawnEvent.ts';
import { worldSize } from './mapProjection.ts';

const screenMarginPx = 12;

/** Keep the panels (title top-left, legend bottom-right) clear beside the map, or above and below it. */
function panelClearings(title: { widthPx: number; heightPx: number }, legend: { widthPx: number; heightPx: number }): Insets[] {
  const side = Math.max(title.widthPx, legend.widthPx) + 2 * screenMarginPx;
  const top = title.heightPx + 2 * screenMarginPx;
  const bottom = legend.heightPx + 2 * screenMarginPx;
  return [{ top: 0, bottom: 0, left: side, right: side }, { top, bottom, left: 0, right: 0 }];
}

export class TownshipMapScene extends Phaser.Scene {
  static readonly key = 'township-map';
  private readonly map: TownshipMap;

  constructor(map: TownshipMap) {
    super({ key: TownshipMapScene.key });
    this.map = map;
  }

  create(): void {
    const township = drawTownship(this, this.map);
    const title = drawTitleBlock(this, this.map);
    const legend = drawLegend(this);

    // The main camera shows the world; a second, fixed camera shows the screen-space panels.
    const camera = this.cameras.main;
    const hud = this.cameras.add(0, 0, this.scale.width, this.scale.height, false, 'hud');
    camera.ignore([title.container, legend.container]);
    hud.ignore(township.objects);

    const controls = attachCameraControls({
      scene: this, camera, world: worldSize(this.map),
      clearings: () => panelClearings(title, legend),
      onZoom: (zoom) => {
        township.redraw(zoom, controls.fitZoom());
        title.setZoom(zoom);
      },
    });

    const layout = (width: number, height: number): void => {
      camera.setSize(width, height);
      hud.setSize(width, height);
      title.container.setPosition(screenMarginPx, screenMarginPx);
      legend.container.setPosition(width - legend.widthPx - screenMarginPx, height - legend.heightPx - screenMarginPx);
      controls.fit();
    };
    const onResize = (size: Phaser.Structs.Size): void => layout(size.width, size.height);
    layout(this.scale.width, this.scale.height);
    this.scale.on(Phaser.Scale.Events.RESIZE, onResize);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.scale.off(Phaser.Scale.Events.RESIZE, onResize));

    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => this.game.events.emit(mapDrawnEvent, township.counts()));
  }
}
