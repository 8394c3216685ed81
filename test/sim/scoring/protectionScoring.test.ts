import { describe, expect, it } from 'vitest';
import { runDrill } from '../../../src/cli/runDrill.ts';
import type { TimedOrder } from '../../../src/sim/index.ts';
import { scoreDrill } from '../../../src/sim/index.ts';
import { scenarioDrill } from '../../support/demoDrill.ts';
import { tinyDrill, tinyScenario } from '../../support/tinyTownship.ts';

// A big leak beside village alpha that ignites about twenty minutes in: residents at home die in the blast.
const drill = tinyDrill({ scenario: tinyScenario({ injects: [], incidents: [{
  factor: 'explosion', id: 'depot-leak', titleZh: '储罐泄漏', titleEn: 'depot leak', start: { atS: 0 }, at: { place: 'alpha' },
  discovery: { by: 'alpha', delayS: 0 }, villagesAtRisk: ['alpha'],
  groundTruth: { unitZh: '储气站', unitEn: 'gas depot', placeZh: '阿尔法村', placeEn: 'alpha', domain: 'gas', estimatedLossYuan: 0 },
  expected: { lead: ['office'], support: ['alpha'] },
  gas: 'lpg', releaseKgPerS: 20, ignitableCloudKg: 20000, ignitionRatePerHour: 1000, naturalHalfLifeS: 86400, ventilatedHalfLifeS: 600,
  siteOccupants: 0, siteDistanceM: 10, standoffM: { withoutCordon: 50, withCordon: 300 }, nearbyVillageRadiusM: 100, searchS: 600,
}] }) });

function score(orders: TimedOrder[]) {
  const record = runDrill({ drill, seed: 7, orders, untilS: 3600 }).sim.record();
  return scoreDrill({ drill, record, rubric: drill.rubric });
}

const openHall: TimedOrder = { atS: 5, order: { type: 'openShelter', by: 'command-post', shelter: 'hall' } };
const warn: TimedOrder = { atS: 10, order: { type: 'issueWarning', by: 'alpha', colour: 'red', to: ['alpha'], message: '立即撤离' } };
const move: TimedOrder = { atS: 10, order: { type: 'evacuate', by: 'alpha', villages: ['alpha'], shelter: 'hall' } };

describe('scoring warning and evacuation', () => {
  it('fails the drill when people die in a village nobody told to move (一票否决)', () => {
    const nothing = score([]);
    expect(nothing.vetoes.map((v) => v.veto)).toContain('deathsWithoutEvacuation');
    expect(nothing.conclusion).toBe('fail');
  });

  it('credits the warning and the move when both come before the blast', () => {
    const done = score([openHall, warn, move]);
    const items = done.capabilities.flatMap((c) => c.items);
    expect(done.vetoes.map((v) => v.veto)).not.toContain('deathsWithoutEvacuation');
    expect(items.find((i) => i.id === 'warned-before-impact')!.earned).toBe(10);
    expect(items.find((i) => i.id === 'vulnerable-first')!.earned).toBeGreaterThan(0);
    expect(items.find((i) => i.id === 'moved-in-time')!.earned).toBeGreaterThan(0);
  });

  it('gives no credit for a warning issued after the blast', () => {
    const late = score([{ ...warn, atS: 3000 }]);
    expect(late.capabilities.flatMap((c) => c.items).find((i) => i.id === 'warned-before-impact')!.earned).toBe(0);
  });
});

describe('scoring sheltering in place under a toxic plume', () => {
  const chlorine = () => scenarioDrill('scenarios/demo-water-plant-chlorine.json');
  function chlorineScore(orders: TimedOrder[]) {
    const d = chlorine();
    const record = runDrill({ drill: d, seed: d.scenario.seed, orders, untilS: d.scenario.durationS }).sim.record();
    return scoreDrill({ drill: d, record, rubric: d.rubric });
  }
  const stayIndoors: TimedOrder = { atS: 150, order: { type: 'issueWarning', by: 'command-post', colour: 'red', to: ['hetan', 'dongcun'], message: '立即进屋，关闭门窗', instruction: 'shelterInPlace' } };
  const movedInTime = (score: ReturnType<typeof chlorineScore>) => score.capabilities.flatMap((c) => c.items).find((i) => i.id === 'moved-in-time')!;

  it('counts the people of villages told to stay indoors once the chlorine leaks as protected, like people moved out', () => {
    const nothing = movedInTime(chlorineScore([]));
    const warned = movedInTime(chlorineScore([stayIndoors]));
    expect(nothing.earned).toBeLessThan(nothing.possible);
    expect(warned.earned).toBe(warned.possible);
  });

  it('gives a blast no such credit: warned villagers at home are still in harm’s way', () => {
    const warnedOnly = score([openHall, warn]);
    expect(warnedOnly.capabilities.flatMap((c) => c.items).find((i) => i.id === 'moved-in-time')!.earned).toBe(0);
  });
});
