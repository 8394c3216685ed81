// Everything of the township that lives in the world: the terrain image, and the water, roads, markers and labels
// that keep their size on screen, so they are redrawn (not rescaled) for each zoom.
import type Phaser from 'phaser';
import type { TownshipMap } from '../sim/index.ts';
import { createMapLabels } from './createMapLabels.ts';
import { drawMarkers, objectsOfKind } from './drawMarkers.ts';
import { drawRoads } from './drawRoads.ts';
import { drawTerrain } from './drawTerrain.ts';
import { drawWater } from './drawWater.ts';
import type { DrawnCounts } from './mapDrawnEvent.ts';
import { toWorld } from './mapProjection.ts';
import { markerDrawOrder, markerStyles } from './markerStyles.ts';
import { placeMapLabels } from './placeMapLabels.ts';

export interface TownshipDrawing {
  /** The world's game objects, for cameras to show or ignore. */
  objects: Phaser.GameObjects.GameObject[];
  /** Redraws lines and markers and places labels for the camera's zoom and the zoom that fits the township. */
  redraw(zoom: number, fitZoom: number): void;
  /** What the last redraw drew. */
  counts(): DrawnCounts;
}

export function drawTownship(scene: Phaser.Scene, map: TownshipMap): TownshipDrawing {
  const terrain = drawTerrain(scene, map);
  const overlay = scene.add.graphics();
  const labels = createMapLabels(scene, map);
  const markers = markerDrawOrder.flatMap((kind) =>
    objectsOfKind(map, kind).map((o) => ({ at: toWorld(map, o.at), radiusPx: markerStyles[kind].radiusPx })));
  const counts: DrawnCounts = { villages: 0, roads: 0, cells: terrain.cells };

  const redraw = (zoom: number, fitZoom: number): void => {
    const px = 1 / zoom;
    overlay.clear();
    drawWater(overlay, map, px);
    counts.roads = drawRoads(overlay, map, px);
    counts.villages = drawMarkers(overlay, map, px).village;
    placeMapLabels(labels, markers, zoom, fitZoom);
  };
  return { objects: [terrain.image, overlay, ...labels.map((l) => l.container)], redraw, counts: () => ({ ...counts }) };
}
