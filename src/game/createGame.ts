// The game's configuration: which renderer, where the canvas goes, and the scenes, with the map they show.
import Phaser from 'phaser';
import type { TownshipMap } from '../sim/index.ts';
import { TownshipMapScene } from './TownshipMapScene.ts';

/** `auto` lets Phaser pick WebGL and fall back to Canvas; the others force one renderer. */
export type RendererChoice = 'auto' | 'canvas' | 'webgl';

const rendererTypes: Readonly<Record<RendererChoice, number>> = { auto: Phaser.AUTO, canvas: Phaser.CANVAS, webgl: Phaser.WEBGL };

export function createGame(options: { parent: HTMLElement; renderer: RendererChoice; map: TownshipMap }): Phaser.Game {
  return new Phaser.Game({
    type: rendererTypes[options.renderer],
    parent: options.parent,
    backgroundColor: '#dfe6ea',
    banner: false,
    scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
    scene: [new TownshipMapScene(options.map)],
  });
}
