// The drill in progress, saved in localStorage as it grows — scenario, seed and every order with its time — so
// that a reload can offer to resume it by replaying the record. Events are not saved: the replay makes them again.
import type { DrillRecord } from '../../sim/index.ts';
import type { DrillMode } from './launchOptions.ts';

export interface SavedDrill {
  schemaVersion: 1;
  scenarioPath: string;
  mode: DrillMode;
  /** The role played in self-training, or null in the hall. */
  team: string | null;
  /** The record with its orders and the time reached (its events left out). */
  record: DrillRecord;
}

const storageKey = 'drillhall.drillInProgress.v1';

export function saveDrill(storage: Storage | null, saved: SavedDrill): void {
  try {
    storage?.setItem(storageKey, JSON.stringify({ ...saved, record: { ...saved.record, events: [] } }));
  } catch { /* storage full or refused: the drill goes on, it just cannot be resumed after a reload */ }
}

export function clearSavedDrill(storage: Storage | null): void {
  try { storage?.removeItem(storageKey); } catch { /* nothing to clear */ }
}

/** The saved drill, or null when there is none or it is not in the shape this version writes. */
export function loadSavedDrill(storage: Storage | null): SavedDrill | null {
  try {
    const raw = JSON.parse(storage?.getItem(storageKey) ?? 'null') as Partial<SavedDrill> | null;
    const record = raw?.record;
    if (raw?.schemaVersion !== 1 || typeof raw.scenarioPath !== 'string' || !record || !Array.isArray(record.orders)) return null;
    if (typeof record.seed !== 'string' || typeof record.endS !== 'number' || !Number.isInteger(record.endS) || record.endS < 0) return null;
    // The orders themselves are checked again by the core when they are replayed.
    return { schemaVersion: 1, scenarioPath: raw.scenarioPath, mode: raw.mode === 'training' ? 'training' : 'hall', team: typeof raw.team === 'string' ? raw.team : null, record };
  } catch {
    return null;
  }
}
