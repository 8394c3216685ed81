// A drill record read from a file and scored from its replay, never from anything the file says of itself: the
// drill it was played on (its scenario found by id, or named), the ledger's hazards and placement it ran with, and
// the score its orders earn. Used by `npm run score` and by `npm run ledger -- close` (the verification drill).
import { readdirSync } from 'node:fs';
import type { Drill, DrillRecord, DrillScore } from '../sim/index.ts';
import { drillOfRecord, formatProblems, loadDrill } from '../sim/index.ts';
import { readContentFiles } from './readContentFiles.ts';
import { parseRecordFile, rebuildRecord, recordEndProblem } from './recordFile.ts';
import { BadInput } from './runCli.ts';
import { scoreRun } from './scoreRun.ts';

function findScenario(id: string): Drill {
  for (const name of readdirSync('scenarios').filter((f) => f.endsWith('.json')).sort()) {
    const drill = loadDrill(`scenarios/${name}`, readContentFiles);
    if (drill.ok && drill.value.scenario.id === id) return drill.value;
  }
  throw new BadInput(`no scenario with id "${id}" in scenarios/: name it with --scenario`);
}

export interface ScoredRecord { drill: Drill; record: DrillRecord; score: DrillScore }

/** Reads, replays and scores the record at `recordPath`; every problem is a BadInput naming the file. */
export function scoredRecordFile(recordPath: string, scenarioPath?: string): ScoredRecord {
  const text = readContentFiles(recordPath);
  if (text === undefined) throw new BadInput(`${recordPath}: no such file`);
  const file = parseRecordFile(recordPath, text);
  if (!file.ok) throw new BadInput(formatProblems(file.problems));
  let drill: Drill;
  if (scenarioPath) {
    const loaded = loadDrill(scenarioPath, readContentFiles);
    if (!loaded.ok) throw new BadInput(formatProblems(loaded.problems));
    drill = loaded.value;
  } else drill = findScenario(file.value.scenarioId);
  if (drill.scenario.id !== file.value.scenarioId) throw new BadInput(`${recordPath}: the record is of scenario "${file.value.scenarioId}", not "${drill.scenario.id}"`);
  const withHazards = drillOfRecord(drill, file.value);
  if (!withHazards.ok) throw new BadInput(formatProblems(withHazards.problems));
  drill = withHazards.value;
  const late = recordEndProblem(recordPath, file.value, drill);
  if (late) throw new BadInput(formatProblems([late]));
  const { record, matches } = rebuildRecord(drill, file.value);
  if (!matches) process.stderr.write(`${recordPath}: the events in the file differ from the sim's replay of its orders; scoring the replay\n`);
  return { drill, record, score: scoreRun(drill, record) };
}
