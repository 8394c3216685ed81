import { describe, expect, it } from 'vitest';
import { curveballHint } from '../../../src/ui/panels/curveballHint.ts';
import { demoDrill } from '../../support/demoDrill.ts';

describe('a refused curveball click', () => {
  const drill = demoDrill();
  const template = (id: string) => drill.curveballs.find((t) => t.id === id)!;

  it('names the facilities a building fire may be placed on', () => {
    const hint = curveballHint(drill.map, template('building-fire'), 'zh');
    expect(hint).toContain(drill.map.facilities[0]!.nameZh);
    expect(hint).toMatch(/^可点击这些地点的标记放置：/);
  });

  it('names the villages a food poisoning may be placed in, in English too', () => {
    expect(curveballHint(drill.map, template('food-poisoning'), 'en')).toContain(drill.map.villages[0]!.nameEn);
  });

  it('adds nothing where the refusal already says where (open ground for a grass fire, a road for a crash)', () => {
    expect(curveballHint(drill.map, template('grass-fire'), 'zh')).toBeNull();
    expect(curveballHint(drill.map, template('road-crash'), 'zh')).toBeNull();
  });
});
