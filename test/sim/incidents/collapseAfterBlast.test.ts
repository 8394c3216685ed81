import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../../src/sim/index.ts';
import type { CollapsePhysics } from '../../../src/sim/incidents/collapse/collapsePhysics.ts';
import { give } from '../../support/tinySimulation.ts';
import { tinyDrill, tinyScenario } from '../../support/tinyTownship.ts';

const base = (id: string, factor: string, start: object) => ({
  factor, id, titleZh: `${id}事件`, titleEn: `${id} incident`, start, at: { place: 'alpha' },
  discovery: { by: 'alpha', delayS: 0 },
  groundTruth: { unitZh: '饭店', unitEn: 'restaurant', placeZh: '村口', placeEn: 'village gate', domain: 'gas', estimatedLossYuan: 0 },
  expected: { lead: ['office'], support: [] },
});
const leak = {
  ...base('leak', 'explosion', { atS: 0 }),
  gas: 'lpg', releaseKgPerS: 1, ignitableCloudKg: 1, ignitionRatePerHour: 1000, naturalHalfLifeS: 600, ventilatedHalfLifeS: 60,
  siteOccupants: 0, siteDistanceM: 10, standoffM: { withoutCordon: 20, withCordon: 100 }, searchS: 60,
};
const houseCollapse = { ...base('house', 'collapse', { after: { incident: 'leak', notice: 'blast' } }), kind: 'oldHouse', trappedCount: 4, depthShares: { surface: 1, void: 1, deep: 0 } };

describe('a collapse set off by a blast', () => {
  const sim = () => createSimulation(tinyDrill({ scenario: tinyScenario({ incidents: [leak, houseCollapse] }) }));

  it('waits for the blast, then starts with its trapped reported missing', () => {
    const s = sim();
    const events = s.advance(900);
    const blastAt = events.find((e) => e.type === 'incident.notice' && e.notice === 'blast')!.timeS;
    expect(events.find((e) => e.type === 'incident.started' && e.incident === 'house')).toMatchObject({ timeS: blastAt });
    const firstToll = events.find((e) => e.type === 'incident.casualties' && e.incident === 'house');
    expect(firstToll).toMatchObject({ missingCount: 4 });
    expect(firstToll!.timeS - blastAt).toBeLessThan(60);
  });

  it('can be worked by the village militia, who bring out the people in the rubble and voids', () => {
    const s = sim();
    s.advance(900);
    give(s, { type: 'dispatchUnit', by: 'alpha', unit: 'alpha-militia', to: { incident: 'house' } });
    s.advance(10);
    give(s, { type: 'actOnIncident', by: 'alpha', incident: 'house', action: 'secureSite', unit: 'alpha-militia' });
    give(s, { type: 'actOnIncident', by: 'alpha', incident: 'house', action: 'shore', unit: 'alpha-militia' });
    s.advance(4 * 3600);
    const house = s.snapshot().incidents.find((i) => i.id === 'house')!;
    expect(house.phase).toBe('recovered');
    expect(house.casualties.missingCount).toBe(0);
    expect(house.casualties.injuredCount + house.casualties.deadCount).toBe(4);
    expect((house.physics as CollapsePhysics).secondaryCollapseCount).toBe(0);
  });
});
