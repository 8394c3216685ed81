// Figures of repeated runs on a noisy host: medians and ranges, and the ratio of two kernels run alternately.

export interface Spread { median: number; min: number; max: number }

/** Median (the upper middle for an even count), least and greatest of some figures. */
export function spreadOf(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)]!, min: sorted[0]!, max: sorted[sorted.length - 1]! };
}

/** Rounded to `digits` significant digits, for a readable JSON. */
export function significant(value: number, digits = 4): number {
  return Number(value.toPrecision(digits));
}

/** A spread rounded for printing. */
export function roundedSpread(values: readonly number[], digits = 4): Spread {
  const { median, min, max } = spreadOf(values);
  return { median: significant(median, digits), min: significant(min, digits), max: significant(max, digits) };
}
