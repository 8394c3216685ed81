import { describe, expect, it } from 'vitest';
import { elderlyExposure } from '../../../src/sim/incidents/heat/heatExposure.ts';
import type { HeatSpec } from '../../../src/sim/incidents/heat/heatSpec.ts';
import { heatHour } from '../../../src/sim/incidents/heat/heatWeather.ts';
import { scenarioDrill } from '../../support/demoDrill.ts';

const spec = scenarioDrill('scenarios/demo-heat-wave.json').scenario.incidents.find((i) => i.id === 'heat-hetan-elderly') as HeatSpec;
const group = spec.group as Extract<HeatSpec['group'], { kind: 'elderlyAlone' }>;
const afternoon = heatHour(spec.heatWave, 15);
const incidence = (visitedShare: number, warned: boolean) =>
  elderlyExposure(spec, group, afternoon, { visitedShare, warned, atHomeShare: 1, coolingPointStaffed: false }).incidencePerHour;

describe('a heat warning among the elderly living alone', () => {
  it('lowers nobody’s risk without door-to-door checks: the loudspeaker alone does not reach them', () => {
    expect(incidence(0, true)).toBeGreaterThan(0);
    expect(incidence(0, true)).toBe(incidence(0, false));
  });

  it('lowers the risk of those the checks reach', () => {
    expect(incidence(1, true)).toBeLessThan(incidence(1, false));
    expect(incidence(0.5, true)).toBeLessThan(incidence(0.5, false));
  });
});
