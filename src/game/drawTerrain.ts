// Paints the township once into a canvas texture shown as one image: each cell's land cover, crisp, under a
// smooth relief shading interpolated between cell centres.
import type Phaser from 'phaser';
import type { TownshipMap } from '../sim/index.ts';
import { CELL_PX, worldSize } from './mapProjection.ts';
import { reliefShade } from './reliefShade.ts';
import { terrainColours } from './terrainColours.ts';

const textureKey = 'township-terrain';
/** How strongly the relief lightens and darkens the land cover (0 = flat colours). */
const reliefStrength = 1.1;

const css = (colour: number): string => `#${colour.toString(16).padStart(6, '0')}`;

/** The relief as a grey image, one pixel per cell: mid-grey is flat ground, lighter faces the sun. */
function reliefImage(map: TownshipMap): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = map.widthCells;
  canvas.height = map.heightCells;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('drawTerrain: the browser gave no 2D canvas context');
  const image = context.createImageData(map.widthCells, map.heightCells);
  const shade = reliefShade(map);
  map.terrain.forEach((terrain, i) => {
    // Open water is level: the relief would only paint noise on it.
    const lit = terrain === 'water' ? 1 : (shade[i] ?? 1);
    const grey = Math.min(255, Math.max(0, Math.round(128 + 128 * reliefStrength * (lit - 1))));
    image.data.set([grey, grey, grey, 255], 4 * i);
  });
  context.putImageData(image, 0, 0);
  return canvas;
}

/** Shows every cell of the map at the world origin; returns the image and how many cells were painted. */
export function drawTerrain(scene: Phaser.Scene, map: TownshipMap): { image: Phaser.GameObjects.Image; cells: number } {
  const { width, height } = worldSize(map);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('drawTerrain: the browser gave no 2D canvas context');
  let cells = 0;
  map.terrain.forEach((terrain, i) => {
    context.fillStyle = css(terrainColours[terrain]);
    context.fillRect((i % map.widthCells) * CELL_PX, Math.floor(i / map.widthCells) * CELL_PX, CELL_PX, CELL_PX);
    cells++;
  });
  // Overlay blending leaves colours alone under mid-grey and scales them either way; smoothing interpolates the relief.
  context.globalCompositeOperation = 'overlay';
  context.imageSmoothingEnabled = true;
  context.imageSmoothingQuality = 'high';
  context.drawImage(reliefImage(map), 0, 0, width, height);
  if (scene.textures.exists(textureKey)) scene.textures.remove(textureKey);
  scene.textures.addCanvas(textureKey, canvas);
  return { image: scene.add.image(0, 0, textureKey).setOrigin(0, 0), cells };
}
