// The map's legend in screen space: land cover and water on the left, roads and markers on the right.
import type Phaser from 'phaser';
import { drawBridge, drawRoadCasing, drawRoadFill } from './drawRoads.ts';
import { drawEmbankment } from './drawWater.ts';
import { drawMarker } from './drawMarker.ts';
import { mapFontFamily } from './mapFont.ts';
import type { MarkerKind } from './markerStyles.ts';
import { markerStyles } from './markerStyles.ts';
import type { RoadClass } from './roadStyles.ts';
import { bridgeStyle, roadStyles } from './roadStyles.ts';
import { strokePolyline } from './strokePolyline.ts';
import { terrainColours, terrainLegendOrder, terrainNamesZh } from './terrainColours.ts';
import { riverStyle, embankmentStyle } from './waterStyles.ts';

type Sample = (g: Phaser.GameObjects.Graphics, x: number, y: number) => void;
interface Entry { nameZh: string; sample: Sample }

const rowPx = 18;
const swatchPx = 24;
const columnPx = 100;
const paddingPx = 10;
const titlePx = 24;
const textStyle: Phaser.Types.GameObjects.Text.TextStyle = { fontFamily: mapFontFamily, fontSize: '12px', color: '#1d2327' };

const line = (x: number, y: number) => [{ x: x + 2, y }, { x: x + swatchPx - 2, y }];

const roadEntry = (roadClass: RoadClass): Entry => ({
  nameZh: roadStyles[roadClass].nameZh,
  sample: (g, x, y) => { drawRoadCasing(g, roadClass, line(x, y), 1); drawRoadFill(g, roadClass, line(x, y), 1); },
});

const markerEntry = (kind: MarkerKind): Entry =>
  ({ nameZh: markerStyles[kind].nameZh, sample: (g, x, y) => drawMarker(g, kind, x + swatchPx / 2, y, 1) });

const left: Entry[] = [
  ...terrainLegendOrder.map((t): Entry => ({
    nameZh: terrainNamesZh[t],
    sample: (g, x, y) => { g.fillStyle(terrainColours[t], 1).fillRect(x + 2, y - 6, swatchPx - 4, 12); },
  })),
  { nameZh: riverStyle.nameZh, sample: (g, x, y) => strokePolyline(g, line(x, y), riverStyle.widthPx, riverStyle.colour) },
  { nameZh: embankmentStyle.nameZh, sample: (g, x, y) => drawEmbankment(g, line(x, y + 2), 1) },
];

const right: Entry[] = [
  roadEntry('provincial'), roadEntry('county'), roadEntry('village'), roadEntry('track'),
  { nameZh: bridgeStyle.nameZh, sample: (g, x, y) => drawBridge(g, 'county', [{ x: x + 6, y }, { x: x + swatchPx - 6, y }], 1) },
  markerEntry('village'), markerEntry('station'), markerEntry('facility'), markerEntry('shelter'), markerEntry('place'),
];

/** Builds the legend with its top-left corner at (0, 0); the caller positions the container. */
export function drawLegend(scene: Phaser.Scene): { container: Phaser.GameObjects.Container; widthPx: number; heightPx: number } {
  const widthPx = 2 * paddingPx + 2 * columnPx;
  const heightPx = 2 * paddingPx + titlePx + Math.max(left.length, right.length) * rowPx;
  const g = scene.add.graphics();
  g.fillStyle(0xffffff, 0.92).fillRoundedRect(0, 0, widthPx, heightPx, 6);
  g.lineStyle(1, 0x8a969e, 1).strokeRoundedRect(0, 0, widthPx, heightPx, 6);
  const texts = [scene.add.text(paddingPx, paddingPx, '图例', { ...textStyle, fontSize: '14px', fontStyle: 'bold' })];
  [left, right].forEach((entries, column) => {
    entries.forEach((entry, row) => {
      const x = paddingPx + column * columnPx;
      const y = paddingPx + titlePx + row * rowPx + rowPx / 2;
      entry.sample(g, x, y);
      texts.push(scene.add.text(x + swatchPx + 6, y, entry.nameZh, textStyle).setOrigin(0, 0.5));
    });
  });
  return { container: scene.add.container(0, 0, [g, ...texts]), widthPx, heightPx };
}
