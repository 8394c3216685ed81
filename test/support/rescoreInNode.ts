// Rescorers for the rehearsal log's import in Node: the real one (scoreRequest on the scenarios folder, as the
// scoring worker does in the browser), and a stand-in that keeps the file's score for tests about other things.
import { readContentFiles } from '../../src/cli/readContentFiles.ts';
import type { Rescore } from '../../src/rehearsals/rescoreEntries.ts';
import { rescoreWith } from '../../src/rehearsals/rescoreEntries.ts';
import type { ScoreRequest } from '../../src/review/scoreRequest.ts';
import { scoreRequest } from '../../src/review/scoreRequest.ts';

/** The scenario file of an id, as the page finds it: a hall scenario, or a micro-drill of scenarios/training. */
export function scenarioPathInNode(scenarioId: string): string | undefined {
  return [`scenarios/${scenarioId}.json`, `scenarios/training/${scenarioId}.json`].find((path) => readContentFiles(path) !== undefined);
}

export const scoreInNode = (request: ScoreRequest) => Promise.resolve(scoreRequest(request, readContentFiles));

export const rescoreInNode: Rescore = rescoreWith(scoreInNode, scenarioPathInNode);

/** Keeps each entry's own score and summary: only for tests of what an import does besides scoring. */
export const keepFileScore: Rescore = (entry) => Promise.resolve({ ok: true, score: entry.score, record: entry.record, toll: entry.summary });
