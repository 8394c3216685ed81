// The map's legend in screen space: land cover and water; roads and markers; the inspection domains' badges.
import type Phaser from 'phaser';
import type { Language } from '../i18n/translate.ts';
import type { UiKey } from '../i18n/ui/zhCN.ts';
import { ui } from '../i18n/ui/uiText.ts';
import { drawBridge, drawRoadCasing, drawRoadFill } from './drawRoads.ts';
import { drawEmbankment } from './drawWater.ts';
import { drawMarker } from './drawMarker.ts';
import { domainBadgeStyle } from './drawFacilityBadges.ts';
import { domainLegendOrder, domainStyles } from './domainStyles.ts';
import { mapFontFamily } from './mapFont.ts';
import type { MarkerKind } from './markerStyles.ts';
import type { RoadClass } from './roadStyles.ts';
import { strokePolyline } from './strokePolyline.ts';
import { terrainColours, terrainLegendOrder } from './terrainColours.ts';
import { riverStyle } from './waterStyles.ts';
import type { UnitOwnerKind } from './unitTokenStyles.ts';
import { ownerColours, statusRingColours, tokenRadiusPx } from './unitTokenStyles.ts';

type Sample = (scene: Phaser.Scene, g: Phaser.GameObjects.Graphics, x: number, y: number) => Phaser.GameObjects.GameObject | void;
interface Entry { key: UiKey; sample: Sample }

const rowPx = 18;
const swatchPx = 24;
const columnPx = 104;
const paddingPx = 10;
const titlePx = 24;
const textStyle: Phaser.Types.GameObjects.Text.TextStyle = { fontFamily: mapFontFamily, fontSize: '12px', color: '#1d2327' };

const line = (x: number, y: number) => [{ x: x + 2, y }, { x: x + swatchPx - 2, y }];

const roadEntry = (roadClass: RoadClass): Entry => ({
  key: `legend.road.${roadClass}`,
  sample: (_s, g, x, y) => { drawRoadCasing(g, roadClass, line(x, y), 1); drawRoadFill(g, roadClass, line(x, y), 1); },
});

const markerEntry = (kind: MarkerKind): Entry =>
  ({ key: `legend.marker.${kind}`, sample: (_s, g, x, y) => drawMarker(g, kind, x + swatchPx / 2, y, 1) });

const token = (fill: number, ring: number | null): Sample => (_s, g, x, y) => {
  const cx = x + swatchPx / 2;
  if (ring !== null) g.fillStyle(ring, 1).fillCircle(cx, y, tokenRadiusPx + 3);
  g.fillStyle(0xffffff, 1).fillCircle(cx, y, tokenRadiusPx + 1.2).fillStyle(fill, 1).fillCircle(cx, y, tokenRadiusPx);
};
const owners: readonly UnitOwnerKind[] = ['station', 'village', 'facility', 'county'];
const statuses = ['enRoute', 'onScene', 'returning'] as const;

const columns = (language: Language): Entry[][] => [
  [
    ...terrainLegendOrder.map((t): Entry => ({
      key: `legend.terrain.${t}`,
      sample: (_s, g, x, y) => { g.fillStyle(terrainColours[t], 1).fillRect(x + 2, y - 6, swatchPx - 4, 12); },
    })),
    { key: 'legend.river', sample: (_s, g, x, y) => strokePolyline(g, line(x, y), riverStyle.widthPx, riverStyle.colour) },
    { key: 'legend.embankment', sample: (_s, g, x, y) => drawEmbankment(g, line(x, y + 2), 1) },
  ],
  [
    roadEntry('provincial'), roadEntry('county'), roadEntry('village'), roadEntry('track'),
    { key: 'legend.bridge', sample: (_s, g, x, y) => drawBridge(g, 'county', [{ x: x + 6, y }, { x: x + swatchPx - 6, y }], 1) },
    markerEntry('village'), markerEntry('station'), markerEntry('shelter'), markerEntry('place'),
  ],
  domainLegendOrder.map((domain): Entry => ({
    key: `domain.${domain}`,
    sample: (scene, _g, x, y) => scene.add.text(x + swatchPx / 2, y, domainStyles[domain].glyph[language], domainBadgeStyle(domain, 11)).setOrigin(0.5),
  })),
  [
    ...owners.map((owner): Entry => ({ key: `legend.unit.${owner}`, sample: token(ownerColours[owner], null) })),
    ...statuses.map((status): Entry => ({ key: `unitStatus.${status}`, sample: token(0x7b8790, statusRingColours[status] ?? null) })),
  ],
];

/** Builds the legend with its top-left corner at (0, 0); the caller positions the container. */
export function drawLegend(scene: Phaser.Scene, language: Language): { container: Phaser.GameObjects.Container; widthPx: number; heightPx: number } {
  const entries = columns(language);
  const widthPx = 2 * paddingPx + entries.length * columnPx;
  const heightPx = 2 * paddingPx + titlePx + Math.max(...entries.map((c) => c.length)) * rowPx;
  const g = scene.add.graphics();
  g.fillStyle(0xffffff, 0.92).fillRoundedRect(0, 0, widthPx, heightPx, 6);
  g.lineStyle(1, 0x8a969e, 1).strokeRoundedRect(0, 0, widthPx, heightPx, 6);
  const parts: Phaser.GameObjects.GameObject[] = [g, scene.add.text(paddingPx, paddingPx, ui(language, 'legend.title'), { ...textStyle, fontSize: '14px', fontStyle: 'bold' })];
  entries.forEach((column, c) => {
    column.forEach((entry, row) => {
      const x = paddingPx + c * columnPx;
      const y = paddingPx + titlePx + row * rowPx + rowPx / 2;
      const extra = entry.sample(scene, g, x, y);
      if (extra) parts.push(extra);
      parts.push(scene.add.text(x + swatchPx + 6, y, ui(language, entry.key), textStyle).setOrigin(0, 0.5));
    });
  });
  return { container: scene.add.container(0, 0, parts), widthPx, heightPx };
}
