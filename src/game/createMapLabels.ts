// Creates the labels of the map in the chosen language — villages with their population, the river, shelters, places, roads,
// stations and facilities — highest priority first. Where each one goes is decided per zoom by placeMapLabels.
import type Phaser from 'phaser';
import { ui } from '../i18n/ui/uiText.ts';
import type { Language } from '../i18n/translate.ts';
import type { TownshipMap } from '../sim/index.ts';
import { objectsOfKind } from './drawMarkers.ts';
import type { LabelKind } from './labelStyles.ts';
import { labelStyles, populationStyle } from './labelStyles.ts';
import type { WorldPoint } from './mapProjection.ts';
import { toWorld } from './mapProjection.ts';
import type { MarkerKind } from './markerStyles.ts';
import { markerStyles } from './markerStyles.ts';
import { badgeRadiusPx } from './domainStyles.ts';

export interface MapLabel {
  kind: LabelKind;
  /** Screen-sized text, its top-left corner at the container's origin. */
  container: Phaser.GameObjects.Container;
  anchor: WorldPoint;
  widthPx: number;
  heightPx: number;
  /** From the anchor to the label's nearest edge when it sits beside a marker; null when it sits on the anchor. */
  gapPx: number | null;
}

/** Space between a marker's edge and its label. */
const markerGapPx = 3;

function label(scene: Phaser.Scene, kind: LabelKind, anchor: WorldPoint, lines: Phaser.GameObjects.Text[], gapPx: number | null): MapLabel {
  let y = 0;
  for (const line of lines) {
    line.setOrigin(0, 0).setPosition(0, y);
    y += line.height - 3; // the halo pads each line; overlap the padding so the lines sit together
  }
  const container = scene.add.container(anchor.x, anchor.y, lines);
  return { kind, container, anchor, widthPx: Math.max(...lines.map((l) => l.width)), heightPx: y + 3, gapPx };
}

const nameIn = (language: Language, o: { nameZh: string; nameEn: string }): string => (language === 'zh' ? o.nameZh : o.nameEn);

function markerLabels(scene: Phaser.Scene, map: TownshipMap, kind: MarkerKind & LabelKind, language: Language, radiusPx: number): MapLabel[] {
  const gapPx = radiusPx + markerGapPx;
  return objectsOfKind(map, kind).map((o) =>
    label(scene, kind, toWorld(map, o.at), [scene.add.text(0, 0, nameIn(language, o), labelStyles[kind].text)], gapPx));
}

/** The point of a polyline a fraction of the way along its vertices. */
function alongLine(map: TownshipMap, points: readonly { xM: number; yM: number }[], fraction: number): WorldPoint | null {
  const p = points[Math.min(points.length - 1, Math.floor(points.length * fraction))];
  return p ? toWorld(map, p) : null;
}

/** Every label of the map, in priority order: what is dropped first when space runs out comes last. */
export function createMapLabels(scene: Phaser.Scene, map: TownshipMap, language: Language): MapLabel[] {
  const villageGapPx = markerStyles.village.radiusPx + markerGapPx;
  const villages = map.villages.map((v) => label(scene, 'village', toWorld(map, v.at), [
    scene.add.text(0, 0, nameIn(language, v), labelStyles.village.text),
    scene.add.text(0, 0, ui(language, 'map.population', { count: v.population }), populationStyle),
  ], villageGapPx));
  const rivers = map.water.filter((w) => w.kind === 'river').flatMap((w) => {
    const at = alongLine(map, w.pointsM, 0.22);
    return at ? [label(scene, 'water', at, [scene.add.text(0, 0, nameIn(language, w), labelStyles.water.text)], null)] : [];
  });
  const roads = map.roads.filter((r) => r.roadClass !== 'track').flatMap((r) => {
    const at = alongLine(map, r.pointsM, 0.5);
    return at ? [label(scene, 'road', at, [scene.add.text(0, 0, nameIn(language, r), labelStyles.road.text)], null)] : [];
  });
  return [
    ...villages, ...rivers,
    ...markerLabels(scene, map, 'shelter', language, markerStyles.shelter.radiusPx),
    ...markerLabels(scene, map, 'place', language, markerStyles.place.radiusPx), ...roads,
    ...markerLabels(scene, map, 'station', language, markerStyles.station.radiusPx),
    ...markerLabels(scene, map, 'facility', language, badgeRadiusPx),
  ];
}
