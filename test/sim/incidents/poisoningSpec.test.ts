import { describe, expect, it } from 'vitest';
import { PoisoningSpec } from '../../../src/sim/incidents/poisoning/poisoningSpec.ts';
import { IncidentSchema } from '../../../src/sim/scenario/incidentSchema.ts';
import { fileText } from '../../support/demoDrill.ts';

const base = {
  factor: 'poisoning', id: 'p', titleZh: '中毒', titleEn: 'poisoning', start: { atS: 0 }, at: { place: 'hetan' },
  discovery: { by: 'hetan', delayS: 60 },
  groundTruth: { unitZh: '单位', unitEn: 'unit', placeZh: '地点', placeEn: 'place', domain: 'publicPlaces', estimatedLossYuan: 0 },
  expected: { lead: ['yingjiban'] },
};
const food = { meals: [{ afterS: 0, dinersCount: 100 }], attackRate: 0.3, incubationMedianS: 7200, severeShare: 0.1 };

describe('a poisoning incident in a scenario', () => {
  it('needs the sub-object of its kind, and fills in its defaults', () => {
    const parsed = PoisoningSpec.parse({ ...base, kind: 'foodPoisoning', food });
    expect(parsed.kind === 'foodPoisoning' && parsed.food.incubationDispersion).toBe(1.6);
    expect(parsed.care.clinicPatientsPerHour).toBe(6);
  });

  it('is refused, naming the field, when the kind’s sub-object is missing or another kind’s is given', () => {
    const missing = PoisoningSpec.safeParse({ ...base, kind: 'toxicRelease' });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['release', 'required for a toxicRelease incident']]);
    const wrong = PoisoningSpec.safeParse({ ...base, kind: 'carbonMonoxide', food, carbonMonoxide: { householdsAtRiskCount: 3, dawnAfterS: 3600 } });
    expect(wrong.error?.issues.map((i) => i.message)).toEqual(['Unrecognized key: "food"']);
  });

  it('is told apart from the other factors by the scenario’s incident schema', () => {
    expect(IncidentSchema.safeParse({ ...base, kind: 'foodPoisoning', food }).success).toBe(true);
    expect(IncidentSchema.safeParse({ ...base, kind: 'foodPoisoning', food, gas: 'lpg' }).success).toBe(false);
  });

  it('loads in every demo scenario of this factor', () => {
    for (const file of ['demo-water-plant-chlorine', 'demo-banquet-food-poisoning', 'demo-coal-stove-co']) {
      const scenario = JSON.parse(fileText(`scenarios/${file}.json`)) as { incidents: unknown[] };
      expect(PoisoningSpec.safeParse(scenario.incidents[0]).success).toBe(true);
    }
  });
});
