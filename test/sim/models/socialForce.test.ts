import { describe, expect, it } from 'vitest';
import { createAgentGrid, indexAgents, indexSegments } from '../../../src/sim/models/agentGrid';
import type { Drive, Pedestrians } from '../../../src/sim/models/socialForce';
import { contactForceN, HFV2000, HFV2000_REFERENCE, socialForceStep, stepScratch } from '../../../src/sim/models/socialForce';

function crowd(points: [number, number][], radiusM = 0.25): Pedestrians {
  const n = points.length;
  return {
    count: n, xM: Float64Array.from(points, (p) => p[0]), yM: Float64Array.from(points, (p) => p[1]),
    vxMs: new Float64Array(n), vyMs: new Float64Array(n), radiusM: new Float64Array(n).fill(radiusM),
  };
}

function drive(n: number, desired: [number, number] = [0, 0], maxSpeedMs = 1.74): Drive {
  return { desiredVxMs: new Float64Array(n).fill(desired[0]), desiredVyMs: new Float64Array(n).fill(desired[1]), maxSpeedMs: new Float64Array(n).fill(maxSpeedMs), fixed: new Uint8Array(n) };
}

const box = (widthM: number, depthM: number) => ({ xM: 0, yM: 0, widthM, depthM });

function run(peds: Pedestrians, d: Drive, options: { seconds: number; dtS?: number; walls?: number[]; widthM?: number; depthM?: number }) {
  const dtS = options.dtS ?? 0.05;
  const bounds = box(options.widthM ?? 20, options.depthM ?? 20);
  const grid = createAgentGrid(bounds, 1.1, peds.count);
  const walls = options.walls ? indexSegments(options.walls, bounds, 0.5, 0.75) : null;
  for (let s = 0; s < Math.round(options.seconds / dtS); s++) {
    indexAgents(grid, peds.xM, peds.yM, peds.count);
    socialForceStep(peds, d, { grid, walls, dtS });
  }
}

describe('contactForceN (Helbing, Farkas & Vicsek 2000)', () => {
  it('pushes with A = 2000 N at touching distance and A/e one range B = 0.08 m further', () => {
    expect(contactForceN(0, 0).normalN).toBeCloseTo(2000, 1);
    expect(contactForceN(0.08, 0).normalN).toBeCloseTo(2000 / Math.E, 1);
  });

  it('adds body compression k = 1.2e5 kg/s² and sliding friction κ = 2.4e5 kg/(m·s) only on contact', () => {
    const squeezed = contactForceN(-0.01, 0.5);
    expect(squeezed.normalN).toBeCloseTo(2000 * Math.exp(0.01 / 0.08) + 1200, 0);
    expect(squeezed.tangentialN).toBeCloseTo(2.4e5 * 0.01 * 0.5, 6);
    expect(contactForceN(0.05, 0.5).tangentialN).toBe(0);
  });

  it('carries the published parameter set', () => {
    expect(HFV2000).toMatchObject({ massKg: 80, relaxationS: 0.5, repulsionN: 2000, repulsionRangeM: 0.08, bodyStiffnessKgS2: 1.2e5, frictionKgMS: 2.4e5 });
  });
});

describe('socialForceStep', () => {
  it('brings a lone walker to 63 % of the desired speed after one relaxation time τ = 0.5 s', () => {
    const peds = crowd([[10, 10]]);
    run(peds, drive(1, [1.34, 0]), { seconds: 0.5, dtS: 0.01 });
    expect(peds.vxMs[0]! / 1.34).toBeCloseTo(1 - Math.exp(-1), 2);
    expect(peds.vyMs[0]).toBe(0);
  });

  it('pushes two standing people apart equally and oppositely (Newton’s third law)', () => {
    const peds = crowd([[10, 10], [10.6, 10.1]]);
    run(peds, drive(2), { seconds: 0.05 });
    expect(peds.vxMs[0]).toBeLessThan(0);
    expect(peds.vxMs[0]! + peds.vxMs[1]!).toBeCloseTo(0, 12);
    expect(peds.vyMs[0]! + peds.vyMs[1]!).toBeCloseTo(0, 12);
  });

  it('ignores people further apart than both radii and the cutoff gap', () => {
    const peds = crowd([[10, 10], [10 + 0.5 + HFV2000.cutoffGapM + 0.01, 10]]);
    run(peds, drive(2), { seconds: 0.05 });
    expect(peds.vxMs[0]).toBe(0);
  });

  it('never lets anyone walk faster than their speed cap, however hard they are pushed', () => {
    const peds = crowd([[10, 10], [10.3, 10]]);
    const d = drive(2, [0, 0], 1);
    run(peds, d, { seconds: 0.05 });
    expect(Math.hypot(peds.vxMs[0]!, peds.vyMs[0]!)).toBeLessThanOrEqual(1 + 1e-12);
  });

  it('keeps the fallen still while they push back on the others', () => {
    const peds = crowd([[10, 10], [10.5, 10]]);
    const d = drive(2, [1.3, 0]);
    d.fixed[1] = 1;
    run(peds, d, { seconds: 3 });
    expect([peds.xM[1], peds.vxMs[1]]).toEqual([10.5, 0]);
    expect(peds.xM[0]).toBeLessThan(10.5 - 0.4);
  });

  it('holds a crowd of 300 pressing into a wall on its side of the wall, without blowing up', () => {
    const points: [number, number][] = [];
    for (let i = 0; i < 300; i++) points.push([1 + (i % 15) * 0.6, 1 + Math.floor(i / 15) * 0.6]);
    const peds = crowd(points, 0.2);
    const wallX = 10.5;
    run(peds, drive(300, [1.5, 0], 2), { seconds: 20, walls: [wallX, 0, wallX, 20, 0, 0, 0, 20, 0, 0, 20, 0, 0, 20, 20, 20], widthM: 20, depthM: 20 });
    for (let i = 0; i < 300; i++) {
      expect(peds.xM[i]).toBeLessThan(wallX - 0.1);
      expect(Math.hypot(peds.vxMs[i]!, peds.vyMs[i]!)).toBeLessThanOrEqual(2 + 1e-9);
    }
    const againstWall = [...peds.xM].filter((x) => x > wallX - 2).length;
    expect(againstWall / (2 * 12)).toBeGreaterThan(3);
  });

  it('passes a jammed crowd through a 1.2 m door at the fine-step rate with 0.02 s steps, and a little slower with 0.05 s', () => {
    // A 6 m room whose east wall has a 1.2 m door; 120 people walk east and are counted once through.
    const passed = (dtS: number) => {
      const points: [number, number][] = [];
      for (let i = 0; i < 120; i++) points.push([0.4 + (i % 10) * 0.5, 0.4 + Math.floor(i / 10) * 0.45]);
      const peds = crowd(points, 0.2);
      const walls = indexSegments([6, 0, 6, 2.4, 6, 3.6, 6, 6, 0, 0, 6, 0, 0, 6, 6, 6, 0, 0, 0, 6], box(8, 6), 0.5, 0.75);
      const grid = createAgentGrid(box(8, 6), 0.9, 120);
      const d = drive(120, [0, 0], 1.74);
      for (let s = 0; s < Math.round(20 / dtS); s++) {
        for (let i = 0; i < 120; i++) {
          const dx = (peds.xM[i]! > 6 ? 8 : 6.2) - peds.xM[i]!;
          const dy = 3 - peds.yM[i]!;
          const r = Math.hypot(dx, dy) || 1;
          d.desiredVxMs[i] = (1.34 * dx) / r;
          d.desiredVyMs[i] = peds.xM[i]! > 6 ? 0 : (1.34 * dy) / r;
        }
        indexAgents(grid, peds.xM, peds.yM, 120);
        socialForceStep(peds, d, { grid, walls, dtS });
      }
      return [...peds.xM].filter((x) => x > 6.3).length;
    };
    const [fine, small, usual] = [0.01, 0.02, 0.05].map(passed) as [number, number, number];
    expect(Math.abs(small / fine - 1)).toBeLessThan(0.1);
    expect(usual / fine).toBeGreaterThan(0.75);
    expect(usual).toBeLessThanOrEqual(fine);
    // A pushing crowd beats Weidmann's 1.2 p/(m·s) for free walkers (hazard-models §7.2), within reason.
    const specificFlow = fine / 20 / 1.2;
    expect(specificFlow).toBeGreaterThan(1.2);
    expect(specificFlow).toBeLessThan(5);
  });

  it('finds the same pairs and moves the crowd alike whether pairs are sought one cell out on 2 m cells or two cells out on 1 m cells', () => {
    const moved = (cellM: number, span: number) => {
      const points: [number, number][] = [];
      for (let i = 0; i < 200; i++) points.push([1 + ((i * 7.31) % 18), 1 + ((i * 3.17) % 18)]);
      const peds = crowd(points, 0.3);
      const grid = createAgentGrid(box(20, 20), cellM, 200);
      const scratch = stepScratch(200);
      let pairs = 0;
      for (let s = 0; s < 20; s++) {
        indexAgents(grid, peds.xM, peds.yM, 200);
        socialForceStep(peds, drive(200, [1, 0.3]), { grid, walls: null, dtS: 0.05, span, scratch, parameters: HFV2000_REFERENCE });
        pairs += scratch.pairCount;
      }
      return { pairs, x: [...peds.xM].reduce((a, b) => a + b, 0) };
    };
    const coarse = moved(2, 1);
    expect(coarse.pairs).toBeGreaterThan(0);
    expect(moved(1, 2).pairs).toBe(coarse.pairs);
    expect(moved(1, 2).x).toBeCloseTo(coarse.x, 9);
  });

  it('under the perf-ref switch, pushes people 1.9 m apart (a fixed 2 m cutoff) and scales no mass', () => {
    const peds = crowd([[10, 10], [11.9, 10]]);
    run(peds, drive(2), { seconds: 0.05 });
    expect(peds.vxMs[0]).toBe(0);
    const reference = crowd([[10, 10], [11.9, 10]]);
    const grid = createAgentGrid(box(20, 20), 2, 2);
    indexAgents(grid, reference.xM, reference.yM, 2);
    socialForceStep(reference, drive(2), { grid, walls: null, dtS: 0.05, parameters: HFV2000_REFERENCE });
    expect(reference.vxMs[0]).toBeLessThan(0);
    expect(reference.vxMs[0]).toBeCloseTo((-2000 * Math.exp((0.5 - 1.9) / 0.08) / 80) * 0.05, 12);
  });

  it('moves a crowd kept in cell order (read in place) to the same bits as the same crowd listed in another order (read through a copy)', () => {
    // One person per 2 m cell, 1.2 to 2.8 m apart, and at most 0.2 m from where they stood in three steps: the order
    // within a cell cannot differ.
    const points: [number, number][] = [];
    for (let row = 0; row < 6; row++) for (let col = 0; col < 6; col++) points.push([2 * col + 0.6 + ((row * 7 + col * 3) % 5) * 0.2, 2 * row + 0.6 + ((row * 3 + col * 5) % 5) * 0.2]);
    const moved = (listed: [number, number][]) => {
      const peds = crowd(listed, 0.3);
      const grid = createAgentGrid(box(12, 12), 2, listed.length);
      for (let s = 0; s < 3; s++) {
        indexAgents(grid, peds.xM, peds.yM, listed.length);
        socialForceStep(peds, drive(listed.length, [1, 0.3]), { grid, walls: null, dtS: 0.05, parameters: HFV2000_REFERENCE });
      }
      return listed.map((_, i) => [peds.xM[i]!, peds.yM[i]!]);
    };
    const inOrder = moved(points);
    const reversed = moved([...points].reverse()).reverse();
    expect(reversed).toEqual(inOrder);
    expect(inOrder[0]![0]).not.toBe(points[0]![0]);
  });

  it('refuses the C’s arithmetic without the C’s fixed cutoff and constant mass', () => {
    const peds = crowd([[1, 1]]);
    const grid = createAgentGrid(box(5, 5), 2, 1);
    indexAgents(grid, peds.xM, peds.yM, 1);
    expect(() => socialForceStep(peds, drive(1), { grid, walls: null, dtS: 0.05, parameters: { ...HFV2000, perfRefArithmetic: true } })).toThrow(/perfRefArithmetic needs fixedCutoffM/);
  });

  it('refuses a step of no time', () => {
    expect(() => socialForceStep(crowd([[1, 1]]), drive(1), { grid: createAgentGrid(box(5, 5), 1.1, 1), walls: null, dtS: 0 })).toThrow(RangeError);
  });
});
