// How each kind of map label looks and from which zoom it appears (as a multiple of the zoom that fits the township).
import type Phaser from 'phaser';
import { mapFontFamily } from './mapFont.ts';

export type LabelKind = 'village' | 'water' | 'shelter' | 'place' | 'road' | 'station' | 'facility';

export interface LabelStyle {
  text: Phaser.Types.GameObjects.Text.TextStyle;
  /** The label shows from this zoom on, relative to the fitted zoom: villages always, station names only close up. */
  minZoomFactor: number;
}

/** A white halo round the letters keeps them legible on any land cover. */
const halo = (colour: string, sizePx: number, weight = 'normal'): Phaser.Types.GameObjects.Text.TextStyle => ({
  fontFamily: mapFontFamily, fontSize: `${sizePx}px`, fontStyle: weight, color: colour, stroke: '#ffffff', strokeThickness: 3,
});

export const labelStyles: Readonly<Record<LabelKind, LabelStyle>> = {
  village: { text: halo('#1b1b1b', 15, 'bold'), minZoomFactor: 0 },
  water: { text: { ...halo('#1f5a96', 14, 'bold'), stroke: '#e6f0f8' }, minZoomFactor: 0 },
  shelter: { text: halo('#17683a', 12), minZoomFactor: 1.4 },
  place: { text: halo('#9c1b2c', 12), minZoomFactor: 1.4 },
  road: { text: halo('#6b3a12', 11), minZoomFactor: 1.4 },
  station: { text: halo('#1f3f7a', 12), minZoomFactor: 2.2 },
  facility: { text: halo('#5b2a73', 12), minZoomFactor: 2.2 },
};

/** The smaller second line under a village's name. */
export const populationStyle: Phaser.Types.GameObjects.Text.TextStyle = halo('#4a4a4a', 12);
