import { describe, expect, it } from 'vitest';
import { RandomStreams } from '../../../src/sim/random/RandomStreams.ts';
import { CollapseSpec } from '../../../src/sim/incidents/collapse/collapseSpec.ts';
import type { Crew } from '../../../src/sim/incidents/collapse/rescueWork.ts';
import { rescueWork } from '../../../src/sim/incidents/collapse/rescueWork.ts';
import type { TrappedPerson } from '../../../src/sim/incidents/collapse/trappedPeople.ts';
import { free, splitByDepth, survivalWhenFreed, trapPeople, trappedAtCollapse } from '../../../src/sim/incidents/collapse/trappedPeople.ts';

const spec = (extra: object = {}) => CollapseSpec.parse({
  factor: 'collapse', id: 'c', titleZh: '坍塌', titleEn: 'collapse', start: { atS: 0 }, at: { place: 'alpha' },
  discovery: { by: 'alpha', delayS: 0 },
  groundTruth: { unitZh: '工地', unitEn: 'site', placeZh: '工地', placeEn: 'site', domain: 'construction', estimatedLossYuan: 0 },
  expected: { lead: ['office'] }, kind: 'formwork', trappedCount: 10, ...extra,
});
const crew = (unit: string, capabilities: Crew['capabilities'], crewCount: number): Crew => ({ unit, capabilities, crewCount, freeMin: 1, inRubble: false });
const people = (depth: TrappedPerson['depth'], count: number, s = spec()) => trapPeople({ count, depth, atS: 0, spec: s, random: new RandomStreams('t'), rescuerOf: null });

/** Runs the work minute by minute until `untilMin`, with fresh crews each minute; returns the minute each person was freed. */
function workFor(trapped: TrappedPerson[], makeCrews: () => Crew[], untilMin: number, s = spec()) {
  const freedAtMin = new Map<TrappedPerson, number>();
  for (let minute = 1; minute <= untilMin; minute++) {
    const done = rescueWork({ people: trapped, crews: makeCrews(), spec: s, shoringLeftCrewMin: 0, dtMin: 1 });
    for (const p of done.freed) { p.status = 'alive'; freedAtMin.set(p, minute); }
  }
  return freedAtMin;
}

describe('who is trapped', () => {
  it('splits the trapped by depth as the shares say, by largest remainder', () => {
    expect(splitByDepth(10, { surface: 0.3, void: 0.4, deep: 0.3 })).toEqual({ surface: 3, void: 4, deep: 3 });
    expect(splitByDepth(9, { surface: 0.3, void: 0.4, deep: 0.3 })).toEqual({ surface: 3, void: 3, deep: 3 });
    expect(splitByDepth(8, { surface: 0.3, void: 0.4, deep: 0.3 })).toEqual({ surface: 3, void: 3, deep: 2 });
    expect(splitByDepth(5, { surface: 1, void: 1, deep: 1 })).toEqual({ surface: 2, void: 2, deep: 1 });
    expect(splitByDepth(0, { surface: 0.6, void: 0.3, deep: 0.1 })).toEqual({ surface: 0, void: 0, deep: 0 });
  });

  it('draws a count within the scenario’s range, the same on the same seed', () => {
    const s = spec({ trappedCount: { min: 8, max: 12 } });
    const counts = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((seed) => trappedAtCollapse(s, new RandomStreams(seed), 0).length);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(8);
    expect(Math.max(...counts)).toBeLessThanOrEqual(12);
    expect(new Set(counts).size).toBeGreaterThan(1);
    expect(trappedAtCollapse(s, new RandomStreams('a'), 0)).toEqual(trappedAtCollapse(s, new RandomStreams('a'), 0));
  });

  it('uses the kind’s usual depths when the scenario gives none: a landslide buries most people deep', () => {
    const buried = trappedAtCollapse(spec({ kind: 'landslide' }), new RandomStreams('x'), 0);
    expect(buried.filter((p) => p.depth === 'deep')).toHaveLength(6);
    expect(buried.map((p) => p.depth)).toEqual([...buried.map((p) => p.depth)].sort((a, b) => ['surface', 'void', 'deep'].indexOf(a) - ['surface', 'void', 'deep'].indexOf(b)));
  });
});

describe('rescue work', () => {
  it('finds people at the surface at once, but needs searchers for those in voids', () => {
    const trapped = [...people('surface', 1), ...people('void', 1)];
    rescueWork({ people: trapped, crews: [crew('crane', ['heavyLifting'], 3)], spec: spec(), shoringLeftCrewMin: 0, dtMin: 1 });
    expect(trapped.map((p) => p.status)).toEqual(['located', 'missing']);
  });

  it('never frees the deeply buried without heavy lifting, however many hands there are', () => {
    const trapped = people('deep', 1).map((p) => ({ ...p, status: 'located' as const }));
    expect(workFor(trapped, () => [crew('militia', ['search', 'fire'], 40)], 600).size).toBe(0);
    expect(workFor(trapped, () => [crew('excavator', ['heavyLifting'], 2)], 600).size).toBe(1);
  });

  it('frees one person no faster than the room around them allows, but works several at once', () => {
    const s = spec();
    const freed = workFor(people('deep', 2, s).map((p) => ({ ...p, status: 'located' as const })), () => [crew('mine-rescue', ['search', 'heavyLifting'], 12)], 120, s);
    expect([...freed.values()]).toEqual([60, 60]);
  });

  it('shores first when shoring is ordered, keeping crews out of the rubble until it is done', () => {
    const trapped = people('void', 1).map((p) => ({ ...p, status: 'located' as const }));
    const crews = [crew('team', ['fire', 'search'], 12)];
    const first = rescueWork({ people: trapped, crews, spec: spec(), shoringLeftCrewMin: 30, dtMin: 1 });
    expect(first).toMatchObject({ shoredCrewMin: 12, extricatedCrewMin: 0, shoringLeftCrewMin: 18 });
    expect(crews[0]!.inRubble).toBe(false);
    const last = rescueWork({ people: trapped, crews: [crew('team', ['fire', 'search'], 12)], spec: spec(), shoringLeftCrewMin: 6, dtMin: 1 });
    expect(last.shoringLeftCrewMin).toBe(0);
    expect(last.extricatedCrewMin).toBeCloseTo(6, 9);
  });
});

describe('who lives', () => {
  it('follows the Tangshan curve for those in voids, and falls far faster for the deeply buried', () => {
    const s = spec();
    const [inVoid] = people('void', 1, s);
    const [deep] = people('deep', 1, s);
    expect(survivalWhenFreed(inVoid!, s, 24 * 3600, true)).toBeCloseTo(0.81, 9);
    expect(survivalWhenFreed(deep!, s, 4 * 3600, true)).toBeCloseTo(0.4976, 3);
  });

  it('loses more of the crushed when no medical team is there to treat them before release', () => {
    const s = spec();
    const [deep] = people('deep', 1, s);
    expect(survivalWhenFreed(deep!, s, 3600, false)).toBeCloseTo(0.8 * survivalWhenFreed(deep!, s, 3600, true), 12);
  });

  it('brings a person out alive exactly when their draw is below the survival at that moment, and counts the badly hurt', () => {
    const s = spec();
    const [deep] = people('deep', 1, s);
    const at4h = { ...deep!, fate: 0.49, severity: 0.5 };
    free(at4h, s, 4 * 3600, true);
    expect(at4h).toMatchObject({ status: 'alive', serious: true, freedAtS: 4 * 3600 });
    const unlucky = { ...deep!, fate: 0.51 };
    free(unlucky, s, 4 * 3600, true);
    expect(unlucky).toMatchObject({ status: 'dead', serious: false });
    const [surface] = people('surface', 1, s);
    const bruised = { ...surface!, fate: 0.5, severity: 0.5 };
    free(bruised, s, 600, false);
    expect(bruised).toMatchObject({ status: 'alive', serious: false });
  });

  it('decides each fate by the draw made when trapped: freed sooner, never worse off', () => {
    const s = spec();
    for (const person of people('deep', 50, s)) {
      const early = { ...person };
      const late = { ...person };
      free(early, s, 1800, true);
      free(late, s, 7200, true);
      if (late.status === 'alive') expect(early.status).toBe('alive');
    }
  });
});
