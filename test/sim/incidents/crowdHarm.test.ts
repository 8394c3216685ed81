import { describe, expect, it } from 'vitest';
import { addAgent, noAgents, Status } from '../../../src/sim/incidents/crowd/crowdAgents.ts';
import { arrivalRatesPerMin, poissonDraw, profileFactor } from '../../../src/sim/incidents/crowd/crowdArrivals.ts';
import { crushStep, untreatedDeaths } from '../../../src/sim/incidents/crowd/crowdHarm.ts';
import type { CrowdSpec } from '../../../src/sim/incidents/crowd/crowdSpec.ts';
import { scenarioDrill } from '../../support/demoDrill.ts';

const demoSpec = () => scenarioDrill('scenarios/demo-temple-fair-crush.json').scenario.incidents[0] as CrowdSpec;
/** A fixed uniform sequence, so chance is reproducible without the sim. */
function draws(seed = 12345) {
  let s = seed;
  return () => ((s = (s * 16807) % 2147483647) / 2147483647);
}

function crowdAt(densities: number[], status: number = Status.standing) {
  const agents = noAgents();
  densities.forEach((d, i) => addAgent(agents, { xM: i, yM: 1, vxMs: 0, vyMs: 0, radiusM: 0.2, speedMs: 1.3, goal: 0, status, crushS: 0, calm: 0.5, densityPerM2: d }));
  return agents;
}

describe('the crush', () => {
  it('fells nobody until they have been held above the crush density for the onset time', () => {
    const spec = { ...demoSpec(), crush: { onsetS: 30, fallsPerMin: 60, asphyxiaMeanS: 600 } };
    const agents = crowdAt([5.5, 5.5, 4.9]);
    const draw = draws(12345);
    let fell = 0;
    for (let s = 0; s < 29; s++) fell += crushStep(agents, agents.densityPerM2, spec, draw, 1).fell;
    expect(fell).toBe(0);
    expect(agents.crushS).toEqual([29, 29, 0]);
    for (let s = 0; s < 2; s++) fell += crushStep(agents, agents.densityPerM2, spec, draw, 1).fell;
    expect(fell).toBe(2);
    expect(agents.status).toEqual([Status.fallen, Status.fallen, Status.standing]);
  });

  it('resets a person’s count once the pressure lets up, even for a second', () => {
    const agents = crowdAt([5.5]);
    crushStep(agents, [5.5], demoSpec(), draws(), 1);
    crushStep(agents, [4.5], demoSpec(), draws(), 1);
    expect(agents.crushS).toEqual([0]);
  });

  it('kills the fallen who stay compressed at about 1/asphyxiaMeanS, and carries out the rest once the density is below critical', () => {
    const spec = { ...demoSpec(), crush: { onsetS: 30, fallsPerMin: 0, asphyxiaMeanS: 100 } };
    const held = crowdAt(Array<number>(400).fill(6), Status.fallen);
    const tally = crushStep(held, held.densityPerM2, spec, draws(777), 10);
    expect(tally.died / 400).toBeCloseTo(1 - Math.exp(-0.1), 1);
    const eased = crowdAt([3.9, 3.9, 4.5], Status.fallen);
    eased.status[1] = Status.dead;
    expect(crushStep(eased, eased.densityPerM2, spec, draws(), 1)).toMatchObject({ carriedOutInjured: 1, died: 0 });
    expect(eased.xM.length).toBe(1);
  });

  it('lets the untreated injured die at the spec’s rate only while no medical unit is on scene', () => {
    const spec = { ...demoSpec(), untreatedDeathsPerHour: 3600 * 0.01 };
    expect(untreatedDeaths(1000, true, spec, draws(), 1)).toBe(0);
    expect(untreatedDeaths(1000, false, spec, draws(), 1) / 1000).toBeCloseTo(1 - Math.exp(-0.01), 2);
  });
});

describe('arrivals', () => {
  it('follow the arrival profile and stop after its last period', () => {
    const spec = demoSpec();
    expect([0, 179, 180, 1079, 1080].map((s) => profileFactor(spec, s))).toEqual([0.6, 0.6, 1, 0.2, 0]);
  });

  it('are cut by a broadcast and a closed approach road, and stop with the inflow', () => {
    const spec = demoSpec();
    const rate = (controls: Partial<Parameters<typeof arrivalRatesPerMin>[2]>) => arrivalRatesPerMin(spec, 300, { inflowStopped: false, broadcastHeard: false, approachClosed: false, ...controls })[0];
    expect(rate({})).toBe(300);
    expect(rate({ broadcastHeard: true })).toBe(150);
    expect(rate({ broadcastHeard: true, approachClosed: true })).toBeCloseTo(45, 9);
    expect(rate({ inflowStopped: true })).toBe(0);
  });

  it('come as a Poisson count: mean and variance both the expected number', () => {
    const draw = draws(333);
    for (const mean of [0.4, 6, 45]) {
      const counts = Array.from({ length: 4000 }, () => poissonDraw(mean, draw));
      const average = counts.reduce((a, b) => a + b, 0) / counts.length;
      const variance = counts.reduce((a, b) => a + (b - average) ** 2, 0) / counts.length;
      expect(Math.abs(average - mean)).toBeLessThan(4 * Math.sqrt(mean / 4000));
      expect(variance / mean).toBeCloseTo(1, 0);
    }
  });
});
