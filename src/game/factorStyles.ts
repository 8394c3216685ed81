// How each disaster factor is marked on the map: the character the speech names it by (火 爆 撞 塌 涝 挤 毒 暑),
// a short Latin tag for the English map, and a colour.
import type { Language } from '../i18n/translate.ts';

export type FactorName = 'fire' | 'explosion' | 'collision' | 'collapse' | 'flood' | 'crowd' | 'poisoning' | 'heat';

export interface FactorStyle { glyph: Readonly<Record<Language, string>>; colour: number }

export const factorStyles: Readonly<Record<FactorName, FactorStyle>> = {
  fire: { glyph: { zh: '火', en: 'Fi' }, colour: 0xd7301f },
  explosion: { glyph: { zh: '爆', en: 'Ex' }, colour: 0xb2182b },
  collision: { glyph: { zh: '撞', en: 'Co' }, colour: 0x6a3d9a },
  collapse: { glyph: { zh: '塌', en: 'Cl' }, colour: 0x8c510a },
  flood: { glyph: { zh: '涝', en: 'Fl' }, colour: 0x2166ac },
  crowd: { glyph: { zh: '挤', en: 'Cr' }, colour: 0xc51b7d },
  poisoning: { glyph: { zh: '毒', en: 'Po' }, colour: 0x1b7837 },
  heat: { glyph: { zh: '暑', en: 'He' }, colour: 0xe66101 },
};

/** The style of a factor by name; an unknown factor (from a newer scenario) gets a plain dark marker. */
export function factorStyle(factor: string): FactorStyle {
  return factorStyles[factor as FactorName] ?? { glyph: { zh: '？', en: '?' }, colour: 0x333333 };
}
