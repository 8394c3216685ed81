import { describe, expect, it } from 'vitest';
import {
  requireAbove, requireAtLeast, requireCount, requireFinite, requireOneOf, requireWithin,
} from '../../../src/sim/models/rangeGuards';

describe('range guards', () => {
  it('pass a valid value straight through', () => {
    expect(requireFinite('x', -3.5)).toBe(-3.5);
    expect(requireAtLeast('x', 0, 0)).toBe(0);
    expect(requireAbove('x', 0.001, 0)).toBe(0.001);
    expect(requireWithin('x', 100, 0, 100)).toBe(100);
    expect(requireCount('x', 0)).toBe(0);
    expect(requireOneOf('x', 'b', ['a', 'b'])).toBe('b');
  });

  it('reject NaN and infinities as non-finite', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(() => requireFinite('x', bad)).toThrow(RangeError);
      expect(() => requireAtLeast('x', bad, 0)).toThrow(RangeError);
    }
  });

  it('treat the lower bound of requireAtLeast as included and of requireAbove as excluded', () => {
    expect(() => requireAtLeast('x', -1e-12, 0)).toThrow(RangeError);
    expect(() => requireAbove('x', 0, 0)).toThrow(RangeError);
  });

  it('reject a value above the upper bound of requireWithin', () => {
    expect(() => requireWithin('rhPct', 100.0001, 0, 100)).toThrow(/rhPct must be at most 100/);
  });

  it('accept only whole non-negative counts', () => {
    expect(() => requireCount('deaths', 2.5)).toThrow(RangeError);
    expect(() => requireCount('deaths', -1)).toThrow(RangeError);
  });

  it('reject a string outside the allowed set', () => {
    expect(() => requireOneOf('cls', 'G' as 'A', ['A'])).toThrow(/cls must be one of A/);
  });
});
