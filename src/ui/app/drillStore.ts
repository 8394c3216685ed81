// The drill in progress, kept in IndexedDB so that a crash, a hard kill or a reload loses nothing the player was told
// had been taken: every save is written with strict durability, and `save` resolves only once a write holding it has
// been committed. Saves that come while a write is under way are folded into one write of the latest record. When
// the browser refuses to store it, every listener hears why at once (the page offers the JSON export instead).
import type { IDBPDatabase } from 'idb';
import type { DrillhallDb } from '../../rehearsals/rehearsalDatabase.ts';
import { drillInProgressStoreName, openDrillhallDb } from '../../rehearsals/rehearsalDatabase.ts';
import type { StorageFailure } from '../../rehearsals/storageProblem.ts';
import { storageFailure } from '../../rehearsals/storageProblem.ts';
import type { SavedDrill } from './savedDrill.ts';
import { checkSavedDrill, takeLegacySavedDrill, withoutEvents } from './savedDrill.ts';

const key = 'current';

export class DrillStore {
  private db: Promise<IDBPDatabase<DrillhallDb>> | null = null;
  private latest: SavedDrill | null = null;
  private flushing: Promise<boolean> | null = null;
  private readonly failureListeners = new Set<(failure: StorageFailure) => void>();

  /** `legacy` is the localStorage a drill may still be in from an earlier version; `open` the database to use. */
  constructor(private readonly legacy: Storage | null, private readonly open: () => Promise<IDBPDatabase<DrillhallDb>> = () => openDrillhallDb()) {}

  /** Hears every refused write; returns the function that stops listening. */
  onFailure(listener: (failure: StorageFailure) => void): () => void {
    this.failureListeners.add(listener);
    return () => this.failureListeners.delete(listener);
  }

  /** The saved drill (moved over from localStorage if an earlier version left it there), or null. */
  async load(): Promise<SavedDrill | null> {
    try {
      const kept = checkSavedDrill(await (await this.database()).get(drillInProgressStoreName, key));
      if (kept) return kept;
    } catch (error) {
      this.failed(error);
    }
    const legacy = takeLegacySavedDrill(this.legacy);
    if (legacy) await this.save(legacy);
    return legacy;
  }

  /** Keeps the drill; resolves true once it (or a later save) is on disk, false when the browser refused it. */
  save(saved: SavedDrill): Promise<boolean> {
    this.latest = withoutEvents(saved);
    this.flushing ??= this.flush();
    return this.flushing;
  }

  /** Forgets the saved drill, after any write under way. */
  async clear(): Promise<void> {
    this.latest = null;
    await this.flushing;
    try {
      await (await this.database()).delete(drillInProgressStoreName, key);
    } catch (error) {
      this.failed(error);
    }
  }

  private async flush(): Promise<boolean> {
    let ok = true;
    while (this.latest) {
      const value = this.latest;
      this.latest = null;
      ok = await this.write(value);
    }
    this.flushing = null;
    return ok;
  }

  private async write(saved: SavedDrill): Promise<boolean> {
    try {
      const tx = (await this.database()).transaction(drillInProgressStoreName, 'readwrite', { durability: 'strict' });
      await Promise.all([tx.store.put(saved, key), tx.done]);
      return true;
    } catch (error) {
      this.db = null; // the next save tries to open it again
      this.failed(error);
      return false;
    }
  }

  private database(): Promise<IDBPDatabase<DrillhallDb>> {
    this.db ??= this.open();
    return this.db;
  }

  private failed(error: unknown): void {
    const failure = storageFailure(error);
    for (const listener of [...this.failureListeners]) listener(failure);
  }
}
