// Why the browser would not keep or read rehearsals, as one of a few causes a user can act on. Storage failing is
// never a crash: the drill still ends and the review still shows; only the log misses the entry.

export type StorageProblem = 'unavailable' | 'quota' | 'newerVersion' | 'failed';

export interface StorageFailure { ok: false; problem: StorageProblem; /** The browser's own words, for the curious. */ detail: string }

/** The cause behind an error thrown by IndexedDB (or by its absence). */
export function storageProblemOf(error: unknown): StorageProblem {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') return 'quota';
  if (name === 'VersionError') return 'newerVersion';
  // Private windows and locked-down browsers refuse IndexedDB with one of these.
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'NotAllowedError' || name === 'UnknownError') return 'unavailable';
  return 'failed';
}

export function storageFailure(error: unknown): StorageFailure {
  const detail = error instanceof Error || error instanceof DOMException ? `${error.name}: ${error.message}` : String(error);
  return { ok: false, problem: storageProblemOf(error), detail };
}
