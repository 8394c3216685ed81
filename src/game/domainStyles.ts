// The badge of each inspection domain (隐患排查领域) a facility belongs to: one character for the Chinese map, two
// letters for the English one, on the domain's colour.
import type { Language } from '../i18n/translate.ts';
import type { Facility } from '../sim/index.ts';

export type Domain = Facility['domain'];

export interface DomainStyle { glyph: Readonly<Record<Language, string>>; colour: string }

export const domainStyles: Readonly<Record<Domain, DomainStyle>> = {
  fireSafety: { glyph: { zh: '消', en: 'FS' }, colour: '#c62828' },
  floodAndFirePrevention: { glyph: { zh: '汛', en: 'FF' }, colour: '#1565c0' },
  roadTraffic: { glyph: { zh: '路', en: 'RT' }, colour: '#5d4037' },
  mining: { glyph: { zh: '矿', en: 'MI' }, colour: '#37474f' },
  gas: { glyph: { zh: '燃', en: 'GA' }, colour: '#ef6c00' },
  construction: { glyph: { zh: '建', en: 'CO' }, colour: '#827717' },
  ruralTourism: { glyph: { zh: '旅', en: 'TO' }, colour: '#00897b' },
  hazardousChemicals: { glyph: { zh: '危', en: 'HC' }, colour: '#6a1b9a' },
  publicPlaces: { glyph: { zh: '公', en: 'PP' }, colour: '#283593' },
};

/** The legend's order. */
export const domainLegendOrder: readonly Domain[] = [
  'fireSafety', 'floodAndFirePrevention', 'roadTraffic', 'mining', 'gas', 'construction', 'ruralTourism', 'hazardousChemicals', 'publicPlaces',
];

/** Half a badge's width on screen, in pixels: labels keep clear of it. */
export const badgeRadiusPx = 8;
