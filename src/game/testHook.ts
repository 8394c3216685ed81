// `window.__drillhall`, present only with ?test=1: what the browser tests read about the map. Read-only by design:
// it reports what is drawn and offers no way to change the drill.
import Phaser from 'phaser';
import type { DrawnCounts } from './mapDrawnEvent.ts';
import { mapDrawnEvent } from './mapDrawnEvent.ts';

export interface DrillhallTestHook {
  /** The key of the scene now running, or null before the first one starts. */
  readonly scene: string | null;
  /** True once the map has been drawn and shown in a frame. */
  readonly mapDrawn: boolean;
  /** The renderer Phaser chose, or null before it boots. */
  readonly renderer: 'canvas' | 'webgl' | null;
  /** What the map drew; all zero until `mapDrawn`. */
  readonly drawnCounts: Readonly<DrawnCounts>;
}

declare global {
  interface Window { readonly __drillhall?: DrillhallTestHook }
}

export function exposeTestHook(game: Phaser.Game): void {
  let drawnCounts: Readonly<DrawnCounts> = Object.freeze({ villages: 0, roads: 0, cells: 0 });
  let mapDrawn = false;
  game.events.on(mapDrawnEvent, (counts: DrawnCounts) => {
    drawnCounts = Object.freeze({ ...counts });
    mapDrawn = true;
  });
  const hook: DrillhallTestHook = Object.freeze({
    get scene() { return game.scene.getScenes(true)[0]?.sys.settings.key ?? null; },
    get mapDrawn() { return mapDrawn; },
    get renderer() {
      if (!game.renderer) return null;
      return game.renderer.type === Phaser.CANVAS ? 'canvas' : 'webgl';
    },
    get drawnCounts() { return drawnCounts; },
  });
  Object.defineProperty(window, '__drillhall', { value: hook, writable: false, configurable: false, enumerable: false });
}
