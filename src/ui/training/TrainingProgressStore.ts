// A trainee's progress kept on this device (IndexedDB, database `drillhall`): every micro-drill played to its end, and
// the trainee's name, asked once. Every method resolves, never rejects: storage refused or full comes back as a
// StorageFailure, and an attempt that does not pass its checks is left out of what is read and named in `problems`.
import type { IDBPDatabase } from 'idb';
import type { Stored } from '../../rehearsals/databaseConnection.ts';
import { DatabaseConnection } from '../../rehearsals/databaseConnection.ts';
import type { DrillhallDb } from '../../rehearsals/rehearsalDatabase.ts';
import { openDrillhallDb, trainingAttemptStoreName, trainingProfileStoreName } from '../../rehearsals/rehearsalDatabase.ts';
import type { TrainingAttempt } from '../../training/trainingAttempt.ts';
import { checkAttempt, cleanTraineeName, maxTraineeNameChars, withoutRecordEvents } from '../../training/trainingAttempt.ts';

const traineeKey = 'trainee';

export class TrainingProgressStore {
  private readonly connection: DatabaseConnection;

  constructor(open: () => Promise<IDBPDatabase<DrillhallDb>> = () => openDrillhallDb()) {
    this.connection = new DatabaseConnection(open);
  }

  /** Keeps one attempt (its record without events). One that fails its checks is a caller's bug: not kept, and said why. */
  save(attempt: TrainingAttempt): Promise<Stored<object>> {
    const checked = checkAttempt(attempt, 'the training attempt');
    if (!checked.ok) return Promise.resolve({ ok: false, problem: 'failed', detail: checked.problems.join('; ') });
    return this.connection.run(async (db) => {
      const tx = db.transaction(trainingAttemptStoreName, 'readwrite', { durability: 'strict' });
      await Promise.all([tx.store.add(withoutRecordEvents(checked.attempt)), tx.done]);
      return {};
    });
  }

  /** Every readable attempt, in the order kept; each unreadable one named in `problems`. */
  attempts(): Promise<Stored<{ attempts: TrainingAttempt[]; problems: string[] }>> {
    return this.connection.run(async (db) => {
      const tx = db.transaction(trainingAttemptStoreName);
      const [values, keys] = await Promise.all([tx.store.getAll(), tx.store.getAllKeys()]);
      const attempts: TrainingAttempt[] = [];
      const problems: string[] = [];
      values.forEach((value, i) => {
        const checked = checkAttempt(value, `training attempt #${keys[i] ?? i}`);
        if (checked.ok) attempts.push(checked.attempt);
        else problems.push(...checked.problems);
      });
      return { attempts, problems };
    });
  }

  /** The trainee's name kept on this device, or null before it was asked. */
  traineeName(): Promise<Stored<{ name: string | null }>> {
    return this.connection.run(async (db) => {
      const value = await db.get(trainingProfileStoreName, traineeKey);
      return { name: typeof value === 'string' ? cleanTraineeName(value) : null };
    });
  }

  /** Keeps the trainee's name (trimmed); an empty or too long name is not kept and said why. */
  setTraineeName(text: string): Promise<Stored<{ name: string }>> {
    const name = cleanTraineeName(text);
    if (name === null) return Promise.resolve({ ok: false, problem: 'failed', detail: `the name must be 1 to ${maxTraineeNameChars} characters` });
    return this.connection.run(async (db) => {
      await db.put(trainingProfileStoreName, name, traineeKey);
      return { name };
    });
  }
}
