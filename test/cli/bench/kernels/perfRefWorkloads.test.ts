import { describe, expect, it } from 'vitest';
import { pairsOverSeeds } from '../../../../src/cli/bench/kernels/pairsOverSeeds.ts';
import { runReferenceCrowd } from '../../../../src/cli/bench/kernels/referenceCrowd.ts';
import { runReferenceFire } from '../../../../src/cli/bench/kernels/referenceFire.ts';
import { Xoshiro128ss } from '../../../../src/cli/bench/kernels/xoshiro128.ts';

describe('the perf-ref workloads run by the drill’s kernels', () => {
  it('draws xoshiro128** as perf-ref’s test vector for seed 12345 gives it', () => {
    const rng = new Xoshiro128ss(12345);
    expect(rng.state()).toEqual([1200724404, 818072533, 996137225, 2397394836]);
    expect([rng.next(), rng.next(), rng.next(), rng.next()]).toEqual([518667457, 440444462, 4232892992, 3757857622]);
  });

  it('burns the 512 × 512 reference fire exactly as the C kernel does: 781 steps, 727,245 tests, 247,908 burnt, 92a1808e', () => {
    const run = runReferenceFire();
    expect({ ...run, timeS: 0, timedMs: null }).toEqual({ timeS: 0, timedMs: null, steps: 781, ignitionTests: 727_245, burnt: 247_908, unburntFuel: 1_109, checksum: '92a1808e' });
  }, 60_000);

  it('moves 1,000 agents for 40 steps from the seed as perf-ref’s double build, to its last printed digit: 3 exits, mean speed 1.3116533983 m/s, mean x 50.9727001013 m', () => {
    const run = runReferenceCrowd(1000, { warmupSteps: 0, steps: 40 });
    expect([run.exits, run.leaks, run.meanSpeedEndMs.toFixed(10), run.meanXEndM.toFixed(10)]).toEqual([3, 0, '1.3116533983', '50.9727001013']);
  }, 60_000);

  it('follows the C double build through the whole 1,000-agent workload: 7.947 pairs per agent-step, 216 exits, the same mean speed and place to ten digits', () => {
    const run = runReferenceCrowd(1000);
    expect([run.pairsPerAgentStep.toFixed(3), run.exits, run.leaks, run.meanSpeedEndMs.toFixed(10), run.meanXEndM.toFixed(10)]).toEqual(['7.947', 216, 0, '1.0454196800', '51.8969699457']);
  }, 60_000);
});

describe('the crowd compared over seeds', () => {
  it('gives the mean and spread of the pairs per agent-step over seeds 1 … n, and no C figures when C is not built', () => {
    const over = pairsOverSeeds({ built: false, reason: 'no gcc' }, 200, 3);
    const singles = [1, 2, 3].map((seed) => runReferenceCrowd(200, { seed }).pairsPerAgentStep);
    const mean = singles.reduce((a, b) => a + b, 0) / 3;
    expect(over.seeds).toBe('1 … 3');
    expect(over.typescript.meanPairsPerAgentStep).toBeCloseTo(mean, 3);
    expect(over.typescript.sdPairsPerAgentStep).toBeGreaterThan(0);
    expect(over.cDouble).toBeNull();
    expect(over.meansDifferPct).toBeNull();
  }, 60_000);
});
