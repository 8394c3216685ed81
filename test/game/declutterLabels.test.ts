import { describe, expect, it } from 'vitest';
import type { ScreenBox } from '../../src/game/declutterLabels.ts';
import { declutterLabels } from '../../src/game/declutterLabels.ts';

const box = (left: number, top: number, width = 40, height = 12): ScreenBox => ({ left, top, width, height });

describe('map labels', () => {
  it('never print text over text: a minor label with no free spot is left out', () => {
    const placements = [box(0, 0)];
    expect(declutterLabels([{ placements, essential: false }, { placements, essential: false }], [])).toEqual([0, -1]);
  });

  it('put a village name where no facility badge covers it, even over a lesser label’s spot', () => {
    const right = box(10, 0);
    const left = box(-50, 0);
    const badgeOnTheRight = box(20, 0, 16, 16);
    const road = { placements: [left], essential: false };
    const village = { placements: [right, left], essential: true };
    expect(declutterLabels([road, village], [badgeOnTheRight])).toEqual([0, 1]);
  });

  it('still show a village name when every spot is under a badge', () => {
    const village = { placements: [box(10, 0), box(-50, 0)], essential: true };
    expect(declutterLabels([village], [box(-60, -5, 200, 30)])).toEqual([0]);
  });
});
