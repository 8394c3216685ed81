import { describe, expect, it } from 'vitest';
import { freshCrowdRun } from '../../../../src/cli/bench/kernels/freshProcess.ts';
import { runReferenceCrowd } from '../../../../src/cli/bench/kernels/referenceCrowd.ts';

describe('a kernel timed in a process of its own', () => {
  it('moves the crowd exactly as the same run in this process does, in both arithmetics, and counts the collections in its timed loop', () => {
    for (const arithmetic of ['c', 'drill'] as const) {
      const { timeS: _t, cpuS: _c, timedMs: _w, ...here } = runReferenceCrowd(200, { arithmetic });
      const { timeS, cpuS, timedMs: _v, garbageCollections, garbageCollectionMs, ...there } = freshCrowdRun(200, arithmetic);
      expect(there).toEqual(here);
      expect(timeS).toBeGreaterThan(0);
      expect(cpuS).toBeGreaterThanOrEqual(0);
      expect(Number.isInteger(garbageCollections) && garbageCollections >= 0).toBe(true);
      expect(garbageCollections === 0 ? garbageCollectionMs === 0 : garbageCollectionMs > 0).toBe(true);
    }
  }, 60_000);
});
