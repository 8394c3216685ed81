// Input guards for the hazard models: each returns the value or throws RangeError for physically meaningless input.

/** Returns `value` when it is a finite number; throws RangeError for NaN or ±Infinity. */
export function requireFinite(name: string, value: number): number {
  if (!Number.isFinite(value)) throw new RangeError(`${name} must be a finite number, got ${value}`);
  return value;
}

/** Returns `value` when it is finite and ≥ `min`; throws RangeError otherwise. */
export function requireAtLeast(name: string, value: number, min: number): number {
  if (requireFinite(name, value) < min) throw new RangeError(`${name} must be at least ${min}, got ${value}`);
  return value;
}

/** Returns `value` when it is finite and > `min`; throws RangeError otherwise. */
export function requireAbove(name: string, value: number, min: number): number {
  if (requireFinite(name, value) <= min) throw new RangeError(`${name} must be greater than ${min}, got ${value}`);
  return value;
}

/** Returns `value` when it is finite and within [`min`, `max`]; throws RangeError otherwise. */
export function requireWithin(name: string, value: number, min: number, max: number): number {
  requireAtLeast(name, value, min);
  if (value > max) throw new RangeError(`${name} must be at most ${max}, got ${value}`);
  return value;
}

/** Returns `value` when it is a whole number ≥ 0 (a count of people or days); throws RangeError otherwise. */
export function requireCount(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number ≥ 0, got ${value}`);
  return value;
}

/** Returns `value` when it is one of `allowed`; throws RangeError otherwise (guards callers outside TypeScript). */
export function requireOneOf<T extends string>(name: string, value: T, allowed: readonly T[]): T {
  if (!allowed.includes(value)) throw new RangeError(`${name} must be one of ${allowed.join(', ')}, got ${String(value)}`);
  return value;
}
