// The browser's IndexedDB database `drillhall` and its schema, one upgrade step per version. Every object store of
// the app in this database is created here, so two parts of the app never race to upgrade it differently.
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { openDB } from 'idb';

export const databaseName = 'drillhall';
export const rehearsalStoreName = 'rehearsals';
/** The drill in progress (one value, key `current`), so a crash or a reload loses no order (src/ui/app/drillStore.ts). */
export const drillInProgressStoreName = 'drillInProgress';
/** A trainee's finished micro-drills on this device, one value per attempt (src/ui/training/progressStore.ts). */
export const trainingAttemptStoreName = 'trainingAttempts';
/** The trainee's name on this device (key `trainee`), asked once and written on every exported attempt. */
export const trainingProfileStoreName = 'trainingProfile';

/** Stored values are checked on reading (rehearsalSchema.ts), so the database types them as unknown. */
export interface DrillhallDb extends DBSchema {
  rehearsals: { key: string; value: unknown; indexes: { byScenario: string; byFinishedAt: string } };
  drillInProgress: { key: string; value: unknown };
  trainingAttempts: { key: number; value: unknown };
  trainingProfile: { key: string; value: unknown };
}

type Upgrade = (db: IDBPDatabase<DrillhallDb>, tx: IDBPTransaction<DrillhallDb, StoreNames<DrillhallDb>[], 'versionchange'>) => void;

/** Step i brings the database from version i to version i + 1. Add a step; never change one that has shipped. */
export const upgrades: readonly Upgrade[] = [
  (db) => {
    const store = db.createObjectStore(rehearsalStoreName, { keyPath: 'id' });
    store.createIndex('byScenario', 'scenarioId');
    store.createIndex('byFinishedAt', 'finishedAt');
  },
  (db) => { db.createObjectStore(drillInProgressStoreName); },
  (db) => {
    db.createObjectStore(trainingAttemptStoreName, { autoIncrement: true });
    db.createObjectStore(trainingProfileStoreName);
  },
];

export const databaseVersion = upgrades.length;

/**
 * Opens the database at this version, running the steps it has not had yet. A connection gives way (closes) when
 * another tab needs a newer version. Rejects with the browser's error when storage is refused.
 */
export async function openDrillhallDb(name: string = databaseName): Promise<IDBPDatabase<DrillhallDb>> {
  if (typeof indexedDB === 'undefined') throw new DOMException('IndexedDB is not available', 'InvalidStateError');
  const db = await openDB<DrillhallDb>(name, databaseVersion, {
    upgrade(database, oldVersion, _newVersion, tx) {
      for (let step = oldVersion; step < databaseVersion; step++) upgrades[step]!(database, tx);
    },
    blocking() { db.close(); },
  });
  return db;
}
