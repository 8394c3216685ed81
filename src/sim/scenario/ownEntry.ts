// Lookups by a name that comes from content (a vehicle, a water table's key) see only the record's own entries, so a
// name such as `constructor`, `toString` or `__proto__` finds nothing instead of a property every object inherits.

/** The record's own entry under `key`, or undefined. */
export function ownEntry<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
