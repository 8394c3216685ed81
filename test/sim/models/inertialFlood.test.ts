import { describe, expect, it } from 'vitest';
import type { InertialGrid, InertialWater } from '../../../src/sim/models/inertialFlood';
import { cellVelocityMs, dryWater, inertialFaceFluxM2s, inertialStep, inertialTimeStepS } from '../../../src/sim/models/inertialFlood';

function grid(widthCells: number, heightCells: number, ground: (col: number, row: number) => number, open = (_c: number, _r: number) => true): InertialGrid & { groundM: number[] } {
  const cells = Array.from({ length: widthCells * heightCells }, (_, i) => [i % widthCells, Math.floor(i / widthCells)] as const);
  return { widthCells, heightCells, cellSizeM: 100, groundM: cells.map(([c, r]) => ground(c, r)), open: cells.map(([c, r]) => open(c, r)) };
}

function run(g: InertialGrid, water: InertialWater, seconds: number, sourceM3s?: number[]): InertialWater {
  let w = water;
  for (let t = 0; t < seconds;) {
    const dtS = Math.min(seconds - t, inertialTimeStepS(g, w.depthM, { maxS: 30 }));
    w = inertialStep(g, w, { dtS, manningN: 0.05, sourceM3s });
    t += dtS;
  }
  return w;
}

const volumeM3 = (w: InertialWater) => w.depthM.reduce((a, b) => a + b, 0) * 100 * 100;

describe('inertialFaceFluxM2s (Bates, Horritt & Fewtrell 2010, eq. 11)', () => {
  it('settles at Manning’s q = h^(5/3) S^(1/2) / n for steady uniform flow', () => {
    for (const [depthM, slope, n] of [[1, 0.001, 0.03], [0.3, 0.0005, 0.06], [2, 0.0002, 0.035]] as const) {
      let q = 0;
      for (let i = 0; i < 500; i++) q = inertialFaceFluxM2s({ qM2s: q, flowDepthM: depthM, surfaceSlope: -slope, dtS: 10, manningN: n });
      expect(q).toBeCloseTo((depthM ** (5 / 3) * Math.sqrt(slope)) / n, 9);
    }
  });

  it('flows down the water-surface slope and carries nothing across a dry face', () => {
    expect(inertialFaceFluxM2s({ qM2s: 0, flowDepthM: 1, surfaceSlope: 0.001, dtS: 10, manningN: 0.03 })).toBeLessThan(0);
    expect(inertialFaceFluxM2s({ qM2s: 0.5, flowDepthM: 0.0005, surfaceSlope: -0.01, dtS: 10, manningN: 0.03 })).toBe(0);
  });
});

describe('inertialTimeStepS', () => {
  it('is α Δx / √(g h) for the deepest water: 0.7 × 100 m / √(9.81 × 4 m) ≈ 11.2 s', () => {
    const g = grid(3, 1, () => 0);
    expect(inertialTimeStepS(g, [0, 4, 1], { maxS: 60 })).toBeCloseTo((0.7 * 100) / Math.sqrt(9.80665 * 4), 9);
    expect(inertialTimeStepS(g, [0, 0, 0], { maxS: 60 })).toBe(60);
  });
});

describe('inertialStep', () => {
  it('keeps a lake at rest still over uneven ground', () => {
    const g = grid(6, 4, (c, r) => 10 + ((c * 7 + r * 3) % 5) * 0.3);
    const water = dryWater(g);
    water.depthM = g.groundM.map((z) => 13 - z);
    const after = run(g, water, 3600);
    after.depthM.forEach((d, i) => expect(d).toBeCloseTo(water.depthM[i]!, 9));
    expect(Math.max(...after.qxM2s.map(Math.abs), ...after.qyM2s.map(Math.abs))).toBeLessThan(1e-9);
  });

  it('releases a dam of water that spreads downhill, conserves its volume and ends level', () => {
    const g = grid(20, 3, (c) => c * 0.01);
    const water = dryWater(g);
    for (let i = 0; i < water.depthM.length; i++) if (i % 20 < 4) water.depthM[i] = 2;
    const early = run(g, water, 600);
    const late = run(g, early, 4 * 3600);
    expect(volumeM3(late)).toBeCloseTo(volumeM3(water), 3);
    expect(early.depthM[15]).toBe(0);
    expect(late.depthM[15]).toBeGreaterThan(0);
    const surfaces = late.depthM.slice(0, 20).map((d, c) => d + c * 0.01);
    expect(Math.max(...surfaces) - Math.min(...surfaces)).toBeLessThan(0.01);
  });

  it('never lets water through a closed cell or out over the map edge', () => {
    const g = grid(5, 1, () => 0, (c) => c !== 2);
    const water = dryWater(g);
    water.depthM = [3, 3, 0, 0, 0];
    const after = run(g, water, 3600);
    expect(after.depthM.slice(2)).toEqual([0, 0, 0]);
    expect(after.depthM[0]! + after.depthM[1]!).toBeCloseTo(6, 9);
  });

  it('adds a source’s volume to the grid and never drives a depth below zero', () => {
    const g = grid(8, 8, (c, r) => Math.abs(c - 4) * 0.5 + r * 0.2);
    const source = g.groundM.map((_, i) => (i === 12 ? 5 : 0));
    const after = run(g, dryWater(g), 1200, source);
    expect(volumeM3(after)).toBeCloseTo(5 * 1200, 3);
    expect(Math.min(...after.depthM)).toBeGreaterThanOrEqual(0);
  });

  it('rejects mismatched arrays, a step of zero and a negative source', () => {
    const g = grid(3, 3, () => 0);
    expect(() => inertialStep(g, { ...dryWater(g), depthM: [0, 0] }, { dtS: 1, manningN: 0.05 })).toThrow(RangeError);
    expect(() => inertialStep(g, dryWater(g), { dtS: 0, manningN: 0.05 })).toThrow(RangeError);
    expect(() => inertialStep(g, dryWater(g), { dtS: 1, manningN: 0.05, sourceM3s: new Array<number>(9).fill(-1) })).toThrow(RangeError);
  });
});

describe('cellVelocityMs', () => {
  it('reads the speed as flux over flow depth at the faces: 0.5 m²/s through 1 m of water is 0.5 m/s', () => {
    const g = grid(3, 3, () => 0);
    const water = dryWater(g);
    water.depthM = new Array<number>(9).fill(1);
    water.qxM2s = [0, 0.5, 0.5, 0, 0, 0.5, 0.5, 0, 0, 0.5, 0.5, 0];
    expect(cellVelocityMs(g, water, 4)).toBeCloseTo(0.5, 12);
    water.qyM2s = [0, 0, 0, 0, 1.2, 0, 0, 1.2, 0, 0, 0, 0];
    expect(cellVelocityMs(g, water, 4)).toBeCloseTo(Math.hypot(0.5, 1.2), 12);
  });

  it('is zero in a dry cell and never above the critical speed √(g h)', () => {
    const g = grid(3, 1, (c) => -c);
    const water: InertialWater = { depthM: [0, 0.004, 0], qxM2s: [0, 0.05, 0.05, 0], qyM2s: [0, 0, 0, 0, 0, 0] };
    expect(cellVelocityMs(g, water, 0)).toBe(0);
    expect(cellVelocityMs(g, water, 1)).toBeLessThanOrEqual(Math.sqrt(9.80665 * 0.004) + 1e-12);
  });
});
