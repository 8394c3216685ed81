// The one call a finished, scored drill makes to be kept in the rehearsal log. It never throws: when the browser
// will not store it, the result says why and the drill ends as it would anyway.
import type { ReviewData } from '../review/reviewData.ts';
import { rehearsalEntry } from './rehearsalEntry.ts';
import { RehearsalStore } from './rehearsalStore.ts';
import type { StorageFailure } from './storageProblem.ts';
import { storageFailure } from './storageProblem.ts';

let shared: RehearsalStore | null = null;

/** The browser's rehearsal log, opened on first use. */
export function rehearsalLog(): RehearsalStore {
  shared ??= new RehearsalStore();
  return shared;
}

/** Keeps a finished drill with its score; resolves with its id, or with the reason it could not be kept. */
export async function saveRehearsal(data: ReviewData, store: RehearsalStore = rehearsalLog()): Promise<{ ok: true; id: string } | StorageFailure> {
  try {
    return await store.save(rehearsalEntry(data));
  } catch (error) {
    // Building the entry only copies plain data; this is here so that no bug in it can stop a drill from ending.
    return storageFailure(error);
  }
}
