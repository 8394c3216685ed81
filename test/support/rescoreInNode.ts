// Rescorers for the rehearsal log's import in Node: the real one (scoreRequest on the scenarios folder, as the
// scoring worker does in the browser), and a stand-in that keeps the file's score for tests about other things.
import { readContentFiles } from '../../src/cli/readContentFiles.ts';
import type { Rescore } from '../../src/rehearsals/rescoreEntries.ts';
import { rescoreWith } from '../../src/rehearsals/rescoreEntries.ts';
import { scoreRequest } from '../../src/review/scoreRequest.ts';

export const rescoreInNode: Rescore = rescoreWith(
  (request) => Promise.resolve(scoreRequest(request, readContentFiles)),
  (scenarioId) => (readContentFiles(`scenarios/${scenarioId}.json`) === undefined ? undefined : `scenarios/${scenarioId}.json`),
);

/** Keeps each entry's own score and summary: only for tests of what an import does besides scoring. */
export const keepFileScore: Rescore = (entry) => Promise.resolve({ ok: true, score: entry.score, record: entry.record, toll: entry.summary });
