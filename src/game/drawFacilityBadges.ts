// A badge on every facility naming its inspection domain (消 汛 路 矿 燃 建 旅 危 公), the same size on screen at any zoom.
import type Phaser from 'phaser';
import type { Language } from '../i18n/translate.ts';
import type { TownshipMap } from '../sim/index.ts';
import type { Domain } from './domainStyles.ts';
import { domainStyles } from './domainStyles.ts';
import { mapFontFamily } from './mapFont.ts';
import { toWorld } from './mapProjection.ts';

export function domainBadgeStyle(domain: Domain, sizePx: number): Phaser.Types.GameObjects.Text.TextStyle {
  return {
    fontFamily: mapFontFamily, fontSize: `${sizePx}px`, fontStyle: 'bold', color: '#ffffff',
    backgroundColor: domainStyles[domain].colour, padding: { x: 2, y: 1 }, align: 'center',
  };
}

export interface FacilityBadges {
  objects: Phaser.GameObjects.Text[];
  /** Keeps the badges their size on screen at this zoom. */
  setZoom(zoom: number): void;
}

export function drawFacilityBadges(scene: Phaser.Scene, map: TownshipMap, language: Language): FacilityBadges {
  const objects = map.facilities.map((f) => {
    const at = toWorld(map, f.at);
    return scene.add.text(at.x, at.y, domainStyles[f.domain].glyph[language], domainBadgeStyle(f.domain, language === 'zh' ? 12 : 10)).setOrigin(0.5);
  });
  return { objects, setZoom: (zoom) => { for (const o of objects) o.setScale(1 / zoom); } };
}
