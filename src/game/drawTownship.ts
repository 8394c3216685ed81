// Everything of the township that lives in the world: the terrain image, and the water, roads, markers, domain
// badges and labels that keep their size on screen, so they are redrawn (not rescaled) for each zoom.
import type Phaser from 'phaser';
import type { Language } from '../i18n/translate.ts';
import type { TownshipMap } from '../sim/index.ts';
import { createMapLabels } from './createMapLabels.ts';
import { drawFacilityBadges } from './drawFacilityBadges.ts';
import { drawMarkers, objectsOfKind } from './drawMarkers.ts';
import { drawRoads } from './drawRoads.ts';
import { drawTerrain } from './drawTerrain.ts';
import { drawWater } from './drawWater.ts';
import { badgeRadiusPx } from './domainStyles.ts';
import type { DrawnCounts } from './mapDrawnEvent.ts';
import { toWorld } from './mapProjection.ts';
import { markerDrawOrder, markerStyles } from './markerStyles.ts';
import { placeMapLabels } from './placeMapLabels.ts';

export interface TownshipDrawing {
  /** The world's game objects, for cameras to show or ignore. */
  objects: Phaser.GameObjects.GameObject[];
  /** What only the full-size map shows (labels and badges), not the minimap. */
  fineObjects: Phaser.GameObjects.GameObject[];
  /** Redraws lines and markers and places labels for the camera's zoom and the zoom that fits the township. */
  redraw(zoom: number, fitZoom: number): void;
  /** What the last redraw drew. */
  counts(): DrawnCounts;
}

export function drawTownship(scene: Phaser.Scene, map: TownshipMap, language: Language): TownshipDrawing {
  const terrain = drawTerrain(scene, map);
  const overlay = scene.add.graphics();
  const badges = drawFacilityBadges(scene, map, language);
  const labels = createMapLabels(scene, map, language);
  const markers = markerDrawOrder.flatMap((kind) =>
    objectsOfKind(map, kind).map((o) => ({ at: toWorld(map, o.at), radiusPx: kind === 'facility' ? badgeRadiusPx : markerStyles[kind].radiusPx })));
  const counts: DrawnCounts = { villages: 0, roads: 0, cells: terrain.cells };

  const redraw = (zoom: number, fitZoom: number): void => {
    const px = 1 / zoom;
    overlay.clear();
    drawWater(overlay, map, px);
    counts.roads = drawRoads(overlay, map, px);
    counts.villages = drawMarkers(overlay, map, px).village;
    badges.setZoom(zoom);
    placeMapLabels(labels, markers, zoom, fitZoom);
  };
  const fineObjects = [...badges.objects, ...labels.map((l) => l.container)];
  return { objects: [terrain.image, overlay, ...fineObjects], fineObjects, redraw, counts: () => ({ ...counts }) };
}
