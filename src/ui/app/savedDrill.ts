// The drill in progress as it is saved — scenario, seed and every order with its time — so that a reload or a crash
// can offer to resume it by replaying the record. Events are not saved: the replay makes them again. It is kept in
// IndexedDB (drillStore.ts); earlier versions kept it in localStorage, read here once to move it over. A micro-drill
// of self-training keeps its coach's part beside it (src/ui/training/savedCoach.ts).
import type { DrillRecord } from '../../sim/index.ts';
import type { SavedCoach } from '../training/savedCoach.ts';
import { checkSavedCoach } from '../training/savedCoach.ts';
import type { DrillMode } from './launchOptions.ts';

export interface SavedDrill {
  schemaVersion: 1;
  scenarioPath: string;
  mode: DrillMode;
  /** The role played in self-training, or null in the hall. */
  team: string | null;
  /** The record with its orders and the time reached (its events left out). */
  record: DrillRecord;
  /** A micro-drill's run: hints or a test, its speed, the cards up; absent for a hall drill. */
  coach?: SavedCoach;
}

/** Where versions before IndexedDB kept the drill in progress. */
const legacyStorageKey = 'drillhall.drillInProgress.v1';

/** The saved drill without its events (a replay makes them again). */
export function withoutEvents(saved: SavedDrill): SavedDrill {
  return { ...saved, record: { ...saved.record, events: [] } };
}

/** The saved drill, or null when the value is not in the shape this version writes. */
export function checkSavedDrill(value: unknown): SavedDrill | null {
  const raw = typeof value === 'object' && value !== null ? (value as Partial<SavedDrill>) : null;
  const record = raw?.record;
  if (raw?.schemaVersion !== 1 || typeof raw.scenarioPath !== 'string' || !record || !Array.isArray(record.orders)) return null;
  if (typeof record.seed !== 'string' || typeof record.endS !== 'number' || !Number.isInteger(record.endS) || record.endS < 0) return null;
  // The orders themselves are checked again by the core when they are replayed.
  const saved: SavedDrill = { schemaVersion: 1, scenarioPath: raw.scenarioPath, mode: raw.mode === 'training' ? 'training' : 'hall', team: typeof raw.team === 'string' ? raw.team : null, record };
  if (raw.coach === undefined) return saved;
  // A micro-drill whose coach's part is damaged cannot be resumed as it was played: it is not offered at all.
  const coach = checkSavedCoach(raw.coach);
  return coach ? { ...saved, coach } : null;
}

/** A drill an earlier version left in localStorage, removed from there as it is taken; null when there is none. */
export function takeLegacySavedDrill(storage: Storage | null): SavedDrill | null {
  try {
    const text = storage?.getItem(legacyStorageKey) ?? null;
    if (text === null) return null;
    storage?.removeItem(legacyStorageKey);
    return checkSavedDrill(JSON.parse(text));
  } catch {
    return null;
  }
}
