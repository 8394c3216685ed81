// The game's configuration: which renderer, where the canvas goes, and the tabletop scene with the view it draws.
// Phaser's own keyboard is off: the page's shortcuts are handled once, in the DOM, so typing in a form never pans.
import Phaser from 'phaser';
import type { TabletopSceneData } from './TabletopScene.ts';
import { TabletopScene } from './TabletopScene.ts';
import type { TabletopView } from './tabletopView.ts';

/** `auto` lets Phaser pick WebGL and fall back to Canvas; the others force one renderer. */
export type RendererChoice = 'auto' | 'canvas' | 'webgl';

const rendererTypes: Readonly<Record<RendererChoice, number>> = { auto: Phaser.AUTO, canvas: Phaser.CANVAS, webgl: Phaser.WEBGL };

export interface TabletopGame {
  game: Phaser.Game;
  /** The renderer Phaser chose, or null before it boots. */
  renderer(): 'canvas' | 'webgl' | null;
  /** Draws the map again from scratch (after a change of language), keeping the camera where it was. */
  restart(data: TabletopSceneData): void;
  destroy(): void;
}

export function createGame(options: { parent: HTMLElement; renderer: RendererChoice; view: TabletopView }): TabletopGame {
  const game = new Phaser.Game({
    type: rendererTypes[options.renderer],
    parent: options.parent,
    backgroundColor: '#dfe6ea',
    banner: false,
    input: { keyboard: false },
    scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
    scene: [new TabletopScene(options.view)],
  });
  return {
    game,
    renderer: () => (game.renderer ? (game.renderer.type === Phaser.CANVAS ? 'canvas' : 'webgl') : null),
    restart: (data) => game.scene.getScene(TabletopScene.key)?.scene.restart(data),
    destroy: () => game.destroy(true),
  };
}
