// One page's connection to the `drillhall` database, opened on first use, for stores whose every method resolves and
// never rejects: storage refused or full comes back as a StorageFailure the caller tells the user about.
import type { IDBPDatabase } from 'idb';
import type { DrillhallDb } from './rehearsalDatabase.ts';
import { openDrillhallDb } from './rehearsalDatabase.ts';
import type { StorageFailure } from './storageProblem.ts';
import { storageFailure } from './storageProblem.ts';

export type Stored<T> = ({ ok: true } & T) | StorageFailure;

export class DatabaseConnection {
  private db: Promise<IDBPDatabase<DrillhallDb>> | null = null;

  /** `open` is the database to use; the default is the browser's `drillhall` database. */
  constructor(private readonly open: () => Promise<IDBPDatabase<DrillhallDb>> = () => openDrillhallDb()) {}

  /**
   * Runs `work` on the open database. A connection kept from an earlier call may have been closed since (another tab
   * upgrading the database, the browser ending it): then it is opened once more and the work tried again.
   */
  async run<T>(work: (db: IDBPDatabase<DrillhallDb>) => Promise<T>): Promise<Stored<T>> {
    const kept = this.db !== null;
    try {
      this.db ??= this.open();
      return { ok: true, ...(await work(await this.db)) };
    } catch (error) {
      this.db = null; // the next call tries to open it again
      return kept ? this.run(work) : storageFailure(error);
    }
  }
}
