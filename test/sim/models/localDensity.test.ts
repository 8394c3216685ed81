import { describe, expect, it } from 'vitest';
import { createAgentGrid, indexAgents } from '../../../src/sim/models/agentGrid';
import { densitiesAtAgentsPerM2, HJA_KERNEL_RADIUS_M, kernelDensityPerM2 } from '../../../src/sim/models/localDensity';

/** A square lattice of `spacingM`, `side` × `side` people: density 1/spacing² away from its edges. */
function lattice(side: number, spacingM: number) {
  const n = side * side;
  const xM = Float64Array.from({ length: n }, (_, i) => (i % side) * spacingM);
  const yM = Float64Array.from({ length: n }, (_, i) => Math.floor(i / side) * spacingM);
  const grid = createAgentGrid({ xM: 0, yM: 0, widthM: side * spacingM, depthM: side * spacingM }, 0.7, n);
  indexAgents(grid, xM, yM, n);
  const out = new Float64Array(n);
  densitiesAtAgentsPerM2(grid, xM, yM, n, out);
  return { out, centre: Math.floor(side / 2) * side + Math.floor(side / 2) };
}

describe('the HJA (2007) kernel density', () => {
  it('smooths over R = 0.7 m, so a lone person reads 1/(πR²) ≈ 0.65 p/m²', () => {
    expect(HJA_KERNEL_RADIUS_M).toBe(0.7);
    expect(kernelDensityPerM2([0])).toBeCloseTo(1 / (Math.PI * 0.49), 6);
  });

  it('reads a uniform crowd at its density, within 2 %: 1, 4 and 6.25 p/m² in the middle of lattices', () => {
    for (const [side, spacingM] of [[15, 1], [21, 0.5], [21, 0.4]] as const) {
      const { out, centre } = lattice(side, spacingM);
      expect(Math.abs(out[centre]! * spacingM * spacingM - 1)).toBeLessThan(0.02);
    }
  });

  it('reads less at a crowd’s edge than in its middle', () => {
    const { out, centre } = lattice(21, 0.5);
    expect(out[0]).toBeLessThan(out[centre]! / 2);
  });

  it('matches the kernel summed by hand over the neighbours within 2R, rescaled for the cut tail', () => {
    const { out, centre } = lattice(9, 0.6);
    const distances: number[] = [];
    for (let i = 0; i < 81; i++) {
      const d = Math.hypot((i % 9) * 0.6 - (centre % 9) * 0.6, Math.floor(i / 9) * 0.6 - Math.floor(centre / 9) * 0.6);
      if (d < 1.4) distances.push(d);
    }
    expect(out[centre]! / (kernelDensityPerM2(distances) / (1 - Math.exp(-4)))).toBeCloseTo(1, 4);
  });

  it('refuses a kernel of no width', () => {
    expect(() => kernelDensityPerM2([0], 0)).toThrow(RangeError);
  });
});
