// The rehearsal log kept in this browser (IndexedDB): save, list, get, delete, export and import. Every method
// resolves, never rejects: storage refused or full comes back as a StorageFailure, and an entry that does not pass
// its checks is left out of what is returned and named in `problems`.
import type { IDBPDatabase } from 'idb';
import type { Stored } from './databaseConnection.ts';
import { DatabaseConnection } from './databaseConnection.ts';
import { inTimeOrder } from './inTimeOrder.ts';
import type { DrillhallDb } from './rehearsalDatabase.ts';
import { openDrillhallDb, rehearsalStoreName } from './rehearsalDatabase.ts';
import type { ParsedExchange } from './rehearsalExchange.ts';
import { exportText, parseExchange } from './rehearsalExchange.ts';
import type { EntryProblem, Rehearsal } from './rehearsalSchema.ts';
import { checkRehearsal } from './rehearsalSchema.ts';
import { newRehearsalId } from './rehearsalEntry.ts';
import type { Rescore } from './rescoreEntries.ts';
import { rescoreEntries } from './rescoreEntries.ts';

export type { Stored };
export interface Checked { rehearsals: Rehearsal[]; problems: EntryProblem[] }

function checkAll(values: readonly unknown[], keys: readonly string[]): Checked {
  const rehearsals: Rehearsal[] = [];
  const problems: EntryProblem[] = [];
  values.forEach((value, i) => {
    const checked = checkRehearsal(value, keys[i] ?? `#${i}`);
    if (checked.ok) rehearsals.push(checked.rehearsal);
    else problems.push(...checked.problems);
  });
  return { rehearsals: inTimeOrder(rehearsals), problems };
}

export class RehearsalStore {
  private readonly connection: DatabaseConnection;

  /** `open` is the database to use; the default is the browser's `drillhall` database. */
  constructor(open: () => Promise<IDBPDatabase<DrillhallDb>> = () => openDrillhallDb()) {
    this.connection = new DatabaseConnection(open);
  }

  private run<T>(work: (db: IDBPDatabase<DrillhallDb>) => Promise<T>): Promise<Stored<T>> {
    return this.connection.run(work);
  }

  /** Keeps an entry (replacing one with the same id). An entry that fails its checks is a bug and is not kept. */
  save(entry: Rehearsal): Promise<Stored<{ id: string }>> {
    const checked = checkRehearsal(entry, entry.id);
    if (!checked.ok) return Promise.resolve({ ok: false, problem: 'failed', detail: checked.problems.map((p) => `${p.field}: ${p.problem}`).join('; ') });
    return this.run(async (db) => ({ id: await db.put(rehearsalStoreName, checked.rehearsal) }));
  }

  /** Every kept rehearsal, or those of one scenario, oldest first. */
  list(scenarioId?: string): Promise<Stored<Checked>> {
    return this.run(async (db) => {
      const tx = db.transaction(rehearsalStoreName);
      const source = scenarioId === undefined ? tx.store : tx.store.index('byScenario');
      const query = scenarioId === undefined ? undefined : IDBKeyRange.only(scenarioId);
      const [values, keys] = await Promise.all([source.getAll(query), source.getAllKeys(query)]);
      return checkAll(values, keys.map(String));
    });
  }

  /** One rehearsal by id; null when there is none or it does not pass its checks (then named in `problems`). */
  get(id: string): Promise<Stored<{ rehearsal: Rehearsal | null; problems: EntryProblem[] }>> {
    return this.run(async (db) => {
      const value = await db.get(rehearsalStoreName, id);
      if (value === undefined) return { rehearsal: null, problems: [] };
      const checked = checkRehearsal(value, id);
      return checked.ok ? { rehearsal: checked.rehearsal, problems: [] } : { rehearsal: null, problems: checked.problems };
    });
  }

  delete(id: string): Promise<Stored<object>> {
    return this.run(async (db) => { await db.delete(rehearsalStoreName, id); return {}; });
  }

  /** Deletes every rehearsal of a scenario, readable or not; says how many went. */
  deleteScenario(scenarioId: string): Promise<Stored<{ count: number }>> {
    return this.run(async (db) => {
      const tx = db.transaction(rehearsalStoreName, 'readwrite');
      const keys = await tx.store.index('byScenario').getAllKeys(IDBKeyRange.only(scenarioId));
      await Promise.all([...keys.map((k) => tx.store.delete(k)), tx.done]);
      return { count: keys.length };
    });
  }

  /** The export file of every readable rehearsal; unreadable ones are named in `problems` and left out. */
  async exportAll(exportedAt: string): Promise<Stored<{ text: string; count: number; problems: EntryProblem[] }>> {
    const all = await this.list();
    if (!all.ok) return all;
    return { ok: true, text: exportText(all.rehearsals, exportedAt), count: all.rehearsals.length, problems: all.problems };
  }

  /**
   * Keeps every entry of an export file that passes its checks, each scored again from its record by `rescore` (the
   * file's score is never kept). An entry whose id is already in the log is kept as a new entry with a fresh id, so
   * an import never changes an entry already here; the very same drill already here is not imported twice.
   */
  async importAll(text: string, rescore: Rescore): Promise<Stored<{ imported: number; renamed: string[]; problems: EntryProblem[] }>> {
    const parsed: ParsedExchange = parseExchange(text);
    if (parsed.rehearsals.length === 0) return { ok: true, imported: 0, renamed: [], problems: parsed.problems };
    const rescored = await rescoreEntries(parsed.rehearsals, rescore, (r) => r.id);
    const problems = [...parsed.problems, ...rescored.problems];
    return this.run(async (db) => {
      const tx = db.transaction(rehearsalStoreName, 'readwrite');
      const kept = await Promise.all(rescored.rehearsals.map((r) => tx.store.get(r.id)));
      const renamed: string[] = [];
      const added: Promise<string>[] = [];
      rescored.rehearsals.forEach((entry, i) => {
        const here = kept[i];
        if (here === undefined) added.push(tx.store.add(entry));
        else if (sameDrill(here, entry)) problems.push({ entry: entry.id, field: 'id', kind: 'alreadyKept', problem: 'this drill is already in the log; it was not imported again' });
        else {
          renamed.push(entry.id);
          added.push(tx.store.add({ ...entry, id: newRehearsalId(entry.finishedAt) }));
        }
      });
      await Promise.all([...added, tx.done]);
      return { imported: added.length, renamed, problems };
    });
  }
}

/** The same drill: same scenario, seed, finishing time, end and orders at the same times (a score is not compared). */
function sameDrill(kept: unknown, entry: Rehearsal): boolean {
  const identity = (r: Rehearsal) => JSON.stringify([r.scenarioId, r.seed, r.finishedAt, r.record.endS, r.record.orders.map((o) => [o.atS, o.order])]);
  const checked = checkRehearsal(kept, entry.id);
  return checked.ok && identity(checked.rehearsal) === identity(entry);
}
