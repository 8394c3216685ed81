// `npm run score -- <record.json> [--scenario FILE] [--json]`: scores a saved drill record against its scenario's
// rubric. Exit codes: 0 scored, 2 bad input (with the message), 1 internal error.
import { parseArgs } from 'node:util';
import { BadInput, runCli } from './runCli.ts';
import { scoredRecordFile } from './scoredRecordFile.ts';
import { scoreLines, wordedScore } from './scoreLines.ts';
import { buildWorld, drillAsPlayed } from '../sim/index.ts';

const usage = 'usage: npm run score -- <record.json> [--scenario scenarios/<id>.json] [--json] [--lang zh|en]';

function main(argv: string[]): void {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { scenario: { type: 'string' }, json: { type: 'boolean' }, lang: { type: 'string' } } });
  } catch (e) {
    throw new BadInput(`${e instanceof Error ? e.message : String(e)}\n${usage}`);
  }
  const [recordPath] = parsed.positionals;
  if (!recordPath || parsed.positionals.length > 1) throw new BadInput(usage);
  const { drill, record, score } = scoredRecordFile(recordPath, parsed.values.scenario);
  const world = buildWorld(drillAsPlayed(drill, record));
  const language = parsed.values.lang === 'en' ? 'en' : 'zh';
  process.stdout.write(parsed.values.json ? `${JSON.stringify(wordedScore(world, score), null, 2)}\n` : `${scoreLines(world, score, language).join('\n')}\n`);
}

runCli(main);
