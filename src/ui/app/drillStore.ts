// The drill in progress, kept in IndexedDB so that a crash, a hard kill or a reload loses nothing the player was told
// had been taken: every save is written with strict durability, and `save` resolves only once a write holding it has
// been committed. Saves that come while a write is under way are folded into one write of the latest record. When
// the browser refuses to store it, every listener hears why at once (the page offers the JSON export instead).
// One store per slot: the hall drill's (`current`) and self-training's micro-drill (`microDrill`) never meet.
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import type { DrillhallDb } from '../../rehearsals/rehearsalDatabase.ts';
import { drillInProgressStoreName, openDrillhallDb, trainingAttemptStoreName, trainingProfileStoreName } from '../../rehearsals/rehearsalDatabase.ts';
import type { Stored } from '../../rehearsals/databaseConnection.ts';
import type { StorageFailure } from '../../rehearsals/storageProblem.ts';
import { storageFailure } from '../../rehearsals/storageProblem.ts';
import type { SavedDrill } from './savedDrill.ts';
import { checkSavedDrill, takeLegacySavedDrill, withoutEvents } from './savedDrill.ts';

/** Where a drill is kept in the `drillInProgress` store: the hall's (on the home screen) and a micro-drill's. */
export type DrillSlot = 'current' | 'microDrill';

/** The transaction a drill's end is written in: the drill in progress and what its end leaves (a micro-drill's attempt). */
export type EndTransaction = IDBPTransaction<DrillhallDb, ['drillInProgress', 'trainingAttempts', 'trainingProfile'], 'readwrite'>;

/** Writes what a drill's end leaves behind in `tx`, from the drill still saved (null when none is); says whether to forget it. */
export type DrillEnd = (tx: EndTransaction, kept: SavedDrill | null) => Promise<{ forget: boolean }>;

export class DrillStore {
  private db: Promise<IDBPDatabase<DrillhallDb>> | null = null;
  private latest: SavedDrill | null = null;
  private flushing: Promise<boolean> | null = null;
  private readonly failureListeners = new Set<(failure: StorageFailure) => void>();

  /** `legacy` is the localStorage a drill may still be in from an earlier version; `open` the database to use. */
  constructor(
    private readonly legacy: Storage | null,
    private readonly open: () => Promise<IDBPDatabase<DrillhallDb>> = () => openDrillhallDb(),
    private readonly key: DrillSlot = 'current',
  ) {}

  /** Hears every refused write; returns the function that stops listening. */
  onFailure(listener: (failure: StorageFailure) => void): () => void {
    this.failureListeners.add(listener);
    return () => this.failureListeners.delete(listener);
  }

  /** The saved drill (moved over from localStorage if an earlier version left it there), or null. */
  async load(): Promise<SavedDrill | null> {
    try {
      const kept = checkSavedDrill(await (await this.database()).get(drillInProgressStoreName, this.key));
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
      await (await this.database()).delete(drillInProgressStoreName, this.key);
    } catch (error) {
      this.failed(error);
    }
  }

  /**
   * Ends the saved drill, after any write under way: in one transaction, `leave` writes what the end leaves behind (a
   * micro-drill's attempt in the trainee's progress) and the drill is forgotten if it says so — all on disk or none,
   * so a reload never finds a drill both counted and still to resume. A refusal comes back as a StorageFailure (and
   * is heard). The caller saves nothing more of this drill afterwards.
   */
  async end(leave: DrillEnd): Promise<Stored<object>> {
    this.latest = null;
    await this.flushing;
    try {
      const tx = (await this.database()).transaction([drillInProgressStoreName, trainingAttemptStoreName, trainingProfileStoreName], 'readwrite', { durability: 'strict' });
      const drills = tx.objectStore(drillInProgressStoreName);
      const { forget } = await leave(tx, checkSavedDrill(await drills.get(this.key)));
      if (forget) await drills.delete(this.key);
      await tx.done;
      return { ok: true };
    } catch (error) {
      this.db = null;
      return this.failed(error);
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
      await Promise.all([tx.store.put(saved, this.key), tx.done]);
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

  private failed(error: unknown): StorageFailure {
    const failure = storageFailure(error);
    for (const listener of [...this.failureListeners]) listener(failure);
    return failure;
  }
}
