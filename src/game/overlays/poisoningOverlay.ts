// 毒 overlay: a toxic release's plume as translucent bands where outdoor air reaches AEGL-3 / 2 / 1 (60 min), as the
// core's reading samples them; a food poisoning or carbon monoxide as a ring at the site.
import type { PoisoningReading } from '../../sim/index.ts';
import { factorStyles } from '../factorStyles.ts';
import type { FactorOverlay } from './factorOverlay.ts';

type PlumeReading = Extract<PoisoningReading, { kind: 'plume' }>;

/** Band colours by AEGL level (deep purple → pale lilac). */
export const aeglColours: Readonly<Record<PlumeReading['runs'][number]['level'], number>> = { 3: 0x54278f, 2: 0x807dba, 1: 0xbcbddc };

export const poisoningOverlay: FactorOverlay<PoisoningReading> = {
  factor: 'poisoning',
  draw(g, reading, { at, unitsPerM, px }) {
    if (reading.kind === 'site') {
      g.lineStyle(2 * px, factorStyles.poisoning.colour, 0.8).strokeCircle(at.x, at.y, 20 * px);
      return;
    }
    const cell = reading.cellM * unitsPerM;
    const left = reading.originM.xM * unitsPerM;
    const top = reading.originM.yM * unitsPerM;
    for (const run of reading.runs) {
      g.fillStyle(aeglColours[run.level], 0.35).fillRect(left + run.col * cell, top + run.row * cell, run.cols * cell, cell);
    }
  },
};
