import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import type { CollisionSpec } from '../../../src/sim/incidents/collision/collisionSpec.ts';
import { CollisionSpec as CollisionSpecSchema } from '../../../src/sim/incidents/collision/collisionSpec.ts';
import type { Patient } from '../../../src/sim/incidents/collision/crashPatients.ts';
import { signsFor, vehicleCasualties, worsen } from '../../../src/sim/incidents/collision/crashPatients.ts';
import { vehicleDefaults } from '../../../src/sim/incidents/collision/crashVehicles.ts';
import type { CasualtyTrip } from '../../../src/sim/incidents/collision/collisionPhysics.ts';
import { destinationFor } from '../../../src/sim/incidents/collision/casualtyTrips.ts';
import { attendedIds, byPriority, deteriorationStep, extricationStep, triageStep } from '../../../src/sim/incidents/collision/patientCare.ts';
import { startTriage } from '../../../src/sim/models/triage.ts';

const drawFrom = (seed: string) => { const rng = seedrandom(seed); return () => rng(); };

function spec(overrides: object = {}): CollisionSpec {
  return CollisionSpecSchema.parse({
    factor: 'collision', id: 'crash', titleZh: '撞', titleEn: 'crash', start: { atS: 0 }, at: { place: 'bend' },
    discovery: { by: 'traffic', delayS: 0 },
    groundTruth: { unitZh: '客车', unitEn: 'bus', placeZh: '弯道', placeEn: 'bend', domain: 'roadTraffic', estimatedLossYuan: 0 },
    expected: { lead: ['traffic'] }, vehicles: [{ kind: 'bus', occupantCount: 30 }], ...overrides,
  });
}

const patient = (id: number, category: 'red' | 'yellow' | 'green' | 'black', extra: Partial<Patient> = {}): Patient => {
  const signs = signsFor(category, drawFrom(`p${id}`));
  return { id, collision: 1, signs, category: startTriage(signs), triaged: false, trapped: false, extricationDoneS: 0, where: 'scene', unit: null, leftScene: null, ...extra };
};

describe('crash casualties', () => {
  it('tags every casualty by START from the signs drawn for them', () => {
    const casualties = vehicleCasualties({ kind: 'truck', occupantCount: 400 }, { firstId: 1, collision: 1, draw: drawFrom('tags') });
    for (const p of casualties) expect(p.category).toBe(startTriage(p.signs));
    expect(casualties.map((p) => p.id)).toEqual(casualties.map((_, i) => i + 1));
  });

  it('draws a bus’s occupants in the planning mix of hazard-models §4.3, within 3σ over 10 000 people', () => {
    const casualties = vehicleCasualties({ kind: 'bus', occupantCount: 10_000 }, { firstId: 1, collision: 1, draw: drawFrom('mix') });
    const { mix } = vehicleDefaults.bus;
    for (const category of ['red', 'yellow', 'green', 'black'] as const) {
      const share = casualties.filter((p) => p.category === category).length / casualties.length;
      const sigma = Math.sqrt((mix[category] * (1 - mix[category])) / casualties.length);
      expect(Math.abs(share - mix[category]), category).toBeLessThan(3 * sigma);
    }
  });

  it('traps only those who cannot walk, at the vehicle’s share', () => {
    const casualties = vehicleCasualties({ kind: 'truck', occupantCount: 5000, trappedShare: 0.5 }, { firstId: 1, collision: 1, draw: drawFrom('trapped') });
    expect(casualties.filter((p) => p.trapped && p.category === 'green')).toEqual([]);
    const cannotWalk = casualties.filter((p) => p.category !== 'green');
    expect(cannotWalk.filter((p) => p.trapped).length / cannotWalk.length).toBeCloseTo(0.5, 1);
  });

  it('presents red casualties with each of START’s four red findings', () => {
    const draw = drawFrom('red');
    const signs = Array.from({ length: 400 }, () => signsFor('red', draw));
    expect(signs.every((s) => startTriage(s) === 'red')).toBe(true);
    expect(signs.some((s) => s.respiratoryRate > 30)).toBe(true);
    expect(signs.some((s) => !s.radialPulse)).toBe(true);
    expect(signs.some((s) => !s.obeysCommands && s.breathing)).toBe(true);
    expect(signs.some((s) => !s.breathing && s.breathesAfterAirwayRepositioned === true)).toBe(true);
  });

  it('worsens a yellow casualty into red by shock, and a red one into black by apnoea', () => {
    const p = patient(1, 'yellow');
    worsen(p, drawFrom('w'));
    expect(p.category).toBe('red');
    expect(p.signs.radialPulse).toBe(false);
    worsen(p, drawFrom('w'));
    expect(p.category).toBe('black');
    expect(p.signs.breathing).toBe(false);
  });
});

describe('care at the scene', () => {
  it('triages one casualty per 45 s per medic, carrying the fraction to the next tick', () => {
    const patients = Array.from({ length: 10 }, (_, i) => patient(i + 1, 'yellow'));
    const carry = triageStep(patients, { medicCount: 6, carry: 0, dtS: 10, sPerPatient: 45 });
    expect(patients.filter((p) => p.triaged).map((p) => p.id)).toEqual([1]);
    expect(carry).toBeCloseTo(60 / 45 - 1, 9);
  });

  it('sorts by tag only when told to: red, yellow, the untagged, then green', () => {
    const patients = [patient(1, 'green', { triaged: true }), patient(2, 'yellow'), patient(3, 'yellow', { triaged: true }), patient(4, 'red', { triaged: true }), patient(5, 'black', { triaged: true })];
    expect(byPriority(patients, false).map((p) => p.id)).toEqual([1, 2, 3, 4]);
    expect(byPriority(patients, true).map((p) => p.id)).toEqual([4, 3, 2, 1]);
  });

  it('lets each pair of medics attend one stretcher casualty, the worst known first', () => {
    const patients = [patient(1, 'yellow', { triaged: true }), patient(2, 'red', { triaged: true }), patient(3, 'red', { triaged: true })];
    expect([...attendedIds(patients, { medicCount: 5, medicsPerPatient: 2, sortByTag: true })]).toEqual([2, 3]);
  });

  it('frees a trapped casualty after the extrication time, one per crew at a time', () => {
    const patients = [patient(1, 'red', { trapped: true }), patient(2, 'yellow', { trapped: true })];
    for (let t = 0; t < 1200; t += 10) extricationStep(patients, { crewCount: 1, dtS: 10, extricationS: 1200, sortByTag: false });
    expect(patients.map((p) => p.trapped)).toEqual([false, true]);
  });

  it('never worsens casualties under definitive care, and worsens the untreated over time', () => {
    const care = spec().care;
    const atCounty = Array.from({ length: 50 }, (_, i) => patient(i + 1, 'red', { where: 'county' }));
    const onScene = Array.from({ length: 50 }, (_, i) => patient(i + 1, 'red'));
    const draw = drawFrom('worsen');
    for (let t = 0; t < 3600; t += 10) {
      deteriorationStep(atCounty, { care, attended: new Set(), dtS: 10, draw });
      deteriorationStep(onScene, { care, attended: new Set(), dtS: 10, draw });
    }
    expect(atCounty.every((p) => p.category === 'red')).toBe(true);
    expect(onScene.filter((p) => p.category === 'black').length).toBeGreaterThan(20);
  });
});

describe('where a load is driven', () => {
  const site = { roadId: 's215', fastRoad: true, clinicId: 'clinic', entryId: 'entry' };
  const s = spec({ clinic: { bedCount: 2, redSlotCount: 1 } });

  it('takes casualties to the clinic while it has beds and red slots, then to the county hospital', () => {
    const atClinic = [patient(1, 'red', { where: 'clinic' })];
    expect(destinationFor([patient(2, 'yellow')], { spec: s, site, patients: atClinic, trips: [] })).toBe('clinic');
    expect(destinationFor([patient(2, 'red')], { spec: s, site, patients: atClinic, trips: [] })).toBe('county');
    const trips: CasualtyTrip[] = [{ unit: 'amb', to: 'clinic', stage: 'outbound', untilS: null, patients: [3] }];
    const heading = [...atClinic, patient(3, 'yellow', { where: 'aboard' })];
    expect(destinationFor([patient(4, 'yellow')], { spec: s, site, patients: heading, trips })).toBe('county');
    expect(destinationFor([patient(4, 'green')], { spec: s, site, patients: heading, trips })).toBe('clinic');
  });

  it('uses the clinic anyway when there is no county entry, and nothing when there is neither', () => {
    const full = [patient(1, 'red', { where: 'clinic' })];
    expect(destinationFor([patient(2, 'red')], { spec: s, site: { ...site, entryId: null }, patients: full, trips: [] })).toBe('clinic');
    expect(destinationFor([patient(2, 'red')], { spec: s, site: { ...site, entryId: null, clinicId: null }, patients: full, trips: [] })).toBeNull();
  });
});
