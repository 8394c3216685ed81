import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../../src/sim/index.ts';
import { tinyDrill, tinyScenario } from '../../support/tinyTownship.ts';
import { tellEveryone } from '../../support/toldEveryone.ts';

const leak = (id: string, start: object, extra: object = {}) => ({
  factor: 'explosion', id, titleZh: `${id}泄漏`, titleEn: `${id} leak`, start, at: { place: 'alpha' },
  discovery: { by: 'alpha', delayS: 30 },
  groundTruth: { unitZh: '饭店', unitEn: 'restaurant', placeZh: '村口', placeEn: 'village gate', domain: 'gas', estimatedLossYuan: 0 },
  expected: { lead: ['office'], support: [] },
  gas: 'lpg', releaseKgPerS: 1, ignitableCloudKg: 1, ignitionRatePerHour: 1000, naturalHalfLifeS: 600, ventilatedHalfLifeS: 60,
  siteOccupants: 10, siteDistanceM: 10, standoffM: { withoutCordon: 20, withCordon: 100 }, searchS: 60, ...extra,
});

function drillWith(incidents: object[]) {
  return createSimulation(tinyDrill({ scenario: tinyScenario({ incidents }) }));
}

describe('incidents in a drill', () => {
  it('start at their time and enter the feed of the team that learns of them', () => {
    const sim = drillWith([leak('first', { atS: 100 })]);
    const events = sim.advance(200);
    expect(events.filter((e) => e.type === 'incident.started' || e.type === 'incident.discovered').map((e) => [e.type, e.timeS])).toEqual([
      ['incident.started', 100], ['incident.discovered', 130],
    ]);
    expect(events.find((e) => e.type === 'incident.phaseChanged')).toMatchObject({ from: null, to: 'leaking', timeS: 100 });
  });

  it('can start another incident when they emit its notice (a blast setting off a second leak)', () => {
    const sim = drillWith([leak('first', { atS: 0 }), leak('second', { after: { incident: 'first', notice: 'blast' } })]);
    const events = sim.advance(600);
    const blastAt = events.find((e) => e.type === 'incident.notice' && e.notice === 'blast')!.timeS;
    expect(events.find((e) => e.type === 'incident.started' && e.incident === 'second')).toMatchObject({ timeS: blastAt });
  });

  it('can be reached by responders on the closed road they lie on, though other traffic is kept out', () => {
    const sim = drillWith([leak('first', { atS: 0 }, { ignitionRatePerHour: 0 })]);
    sim.dispatch({ type: 'closeRoad', by: 'command-post', road: 'main' });
    tellEveryone(sim, 'first');
    expect(sim.dispatch({ type: 'dispatchUnit', by: 'command-post', unit: 'beta-militia', to: { incident: 'first' } })).toMatchObject({ ok: true });
    expect(sim.dispatch({ type: 'dispatchUnit', by: 'command-post', unit: 'alpha-militia', to: { place: 'beta' } })).toMatchObject({ ok: false, reason: 'unreachable' });
  });

  it('cannot be targeted before they start', () => {
    const sim = drillWith([leak('first', { atS: 1000 })]);
    expect(sim.dispatch({ type: 'dispatchUnit', by: 'command-post', unit: 'office-team', to: { incident: 'first' } })).toMatchObject({ ok: false, reason: 'unknown-incident' });
  });

  it('are refused by the loader when they start after an incident that does not exist', () => {
    expect(() => drillWith([leak('lonely', { after: { incident: 'ghost', notice: 'blast' } })])).toThrow(/incidents\.0\.start\.after\.incident: no other incident "ghost"/);
  });
});
