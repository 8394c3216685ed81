// `npm run score -- <record.json> [--scenario FILE] [--json]`: scores a saved drill record against its scenario's
// rubric. Exit codes: 0 scored, 2 bad input (with the message), 1 internal error.
import { readdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { BadInput, runCli } from './runCli.ts';
import { formatProblems, loadDrill } from '../sim/index.ts';
import type { Drill } from '../sim/index.ts';
import { readContentFiles } from './readContentFiles.ts';
import { parseRecordFile, rebuildRecord, recordEndProblem } from './recordFile.ts';
import { scoreRun } from './scoreRun.ts';
import { scoreLines, wordedScore } from './scoreLines.ts';
import { buildWorld, drillAsPlayed, drillOfRecord } from '../sim/index.ts';

const usage = 'usage: npm run score -- <record.json> [--scenario scenarios/<id>.json] [--json] [--lang zh|en]';

function findScenario(id: string): Drill {
  for (const name of readdirSync('scenarios').filter((f) => f.endsWith('.json')).sort()) {
    const drill = loadDrill(`scenarios/${name}`, readContentFiles);
    if (drill.ok && drill.value.scenario.id === id) return drill.value;
  }
  throw new BadInput(`no scenario with id "${id}" in scenarios/: name it with --scenario`);
}

function main(argv: string[]): void {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { scenario: { type: 'string' }, json: { type: 'boolean' }, lang: { type: 'string' } } });
  } catch (e) {
    throw new BadInput(`${e instanceof Error ? e.message : String(e)}\n${usage}`);
  }
  const [recordPath] = parsed.positionals;
  if (!recordPath || parsed.positionals.length > 1) throw new BadInput(usage);
  const text = readContentFiles(recordPath);
  if (text === undefined) throw new BadInput(`${recordPath}: no such file`);
  const file = parseRecordFile(recordPath, text);
  if (!file.ok) throw new BadInput(formatProblems(file.problems));
  let drill: Drill;
  if (parsed.values.scenario) {
    const loaded = loadDrill(parsed.values.scenario, readContentFiles);
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
  const score = scoreRun(drill, record);
  const world = buildWorld(drillAsPlayed(drill, record));
  const language = parsed.values.lang === 'en' ? 'en' : 'zh';
  process.stdout.write(parsed.values.json ? `${JSON.stringify(wordedScore(world, score), null, 2)}\n` : `${scoreLines(world, score, language).join('\n')}\n`);
}

runCli(main);
