import { describe, expect, it } from 'vitest';
import { freshCrowdRun } from '../../../../src/cli/bench/kernels/freshProcess.ts';
import { runReferenceCrowd } from '../../../../src/cli/bench/kernels/referenceCrowd.ts';

describe('a kernel timed in a process of its own', () => {
  it('moves the crowd exactly as the same run in this process does, in both arithmetics', () => {
    for (const arithmetic of ['c', 'drill'] as const) {
      const { timeS: _t, cpuS: _c, ...here } = runReferenceCrowd(200, { arithmetic });
      const { timeS, cpuS, ...there } = freshCrowdRun(200, arithmetic);
      expect(there).toEqual(here);
      expect(timeS).toBeGreaterThan(0);
      expect(cpuS).toBeGreaterThanOrEqual(0);
    }
  }, 60_000);
});
