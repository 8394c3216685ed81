// The township's name and extent in screen space, with a scale bar that follows the zoom.
import type Phaser from 'phaser';
import type { Language } from '../i18n/translate.ts';
import { ui } from '../i18n/ui/uiText.ts';
import type { TownshipMap } from '../sim/index.ts';
import { mapFontFamily } from './mapFont.ts';
import { CELL_PX } from './mapProjection.ts';

/** Bar lengths a reader can take in at a glance, in metres. */
const niceLengthsM = [50, 100, 200, 500, 1000, 2000, 5000, 10000];
const longestBarPx = 140;
const paddingPx = 10;

const distance = (language: Language, m: number): string =>
  (m >= 1000 ? ui(language, 'map.distanceKm', { n: m / 1000 }) : ui(language, 'map.distanceM', { n: m }));

export interface TitleBlock {
  container: Phaser.GameObjects.Container;
  widthPx: number;
  heightPx: number;
  /** Redraws the scale bar for the map camera's zoom. */
  setZoom(zoom: number): void;
}

export function drawTitleBlock(scene: Phaser.Scene, map: TownshipMap, language: Language): TitleBlock {
  const [first, second] = language === 'zh' ? [map.nameZh, map.nameEn] : [map.nameEn, map.nameZh];
  const name = scene.add.text(paddingPx, paddingPx - 2, first, {
    fontFamily: mapFontFamily, fontSize: '24px', fontStyle: 'bold', color: '#1b2a33',
  });
  const extent = `${distance(language, map.widthCells * map.cellSizeM)} × ${distance(language, map.heightCells * map.cellSizeM)}`;
  const detail = scene.add.text(paddingPx, name.y + name.height, `${second} · ${extent}`, {
    fontFamily: mapFontFamily, fontSize: '12px', color: '#44525b',
  });
  const barY = detail.y + detail.height + 12;
  const bar = scene.add.graphics();
  const barText = scene.add.text(0, barY, '', { fontFamily: mapFontFamily, fontSize: '11px', color: '#1b2a33' }).setOrigin(0, 0.5);
  const widthPx = Math.max(name.width, detail.width, longestBarPx + 48) + 2 * paddingPx;
  const heightPx = barY + 8 + paddingPx;
  const background = scene.add.graphics();
  background.fillStyle(0xffffff, 0.88).fillRoundedRect(0, 0, widthPx, heightPx, 6);
  background.lineStyle(1, 0x8a969e, 1).strokeRoundedRect(0, 0, widthPx, heightPx, 6);

  const setZoom = (zoom: number): void => {
    const pxPerM = (CELL_PX / map.cellSizeM) * zoom;
    const lengthM = [...niceLengthsM].reverse().find((m) => m * pxPerM <= longestBarPx) ?? niceLengthsM[0] ?? 100;
    const lengthPx = lengthM * pxPerM;
    bar.clear();
    bar.fillStyle(0x1b2a33, 1).fillRect(paddingPx, barY - 2, lengthPx / 2, 4);
    bar.lineStyle(1, 0x1b2a33, 1).strokeRect(paddingPx, barY - 2, lengthPx, 4);
    barText.setText(distance(language, lengthM)).setX(paddingPx + lengthPx + 6);
  };
  return { container: scene.add.container(0, 0, [background, name, detail, bar, barText]), widthPx, heightPx, setZoom };
}
