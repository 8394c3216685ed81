// `npm run seat -- --url URL --open SCENARIO [--speed N] [--seed S] [--until MIN]`: opens a hall room as its director
// and runs its clock. `npm run seat -- --url URL --pin PIN --team TEAM [--orders FILE] [--view-json] [--lang zh|en]`:
// one team's seat. Exit codes: 0 the drill ended, 2 bad input (wrong PIN, unknown team, an order the team may not
// give, a bad file or option: the message says which), 1 anything else (the server unreachable …).
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { OpenRoom, Pin } from '../hall/protocol.ts';
import type { TimedOrder } from '../sim/index.ts';
import { formatProblems, parseOrdersFile } from '../sim/index.ts';
import { readContentFiles } from './readContentFiles.ts';
import { BadInput, runCli } from './runCli.ts';
import { directRoom } from './seat/directRoom.ts';
import { playSeat } from './seat/playSeat.ts';

const usage = 'usage: npm run seat -- --url URL (--open SCENARIO [--speed N] [--seed S] [--until MIN] | --pin PIN --team TEAM [--orders FILE] [--view-json]) [--lang zh|en]';

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgsOrExplain(argv);
  const url = values.url;
  if (!url || !/^https?:\/\//.test(url)) throw new BadInput(`--url: the hall server's address, e.g. http://127.0.0.1:4173\n${usage}`);
  const language = values.lang === 'en' ? 'en' : 'zh';
  if (values.lang !== undefined && values.lang !== 'en' && values.lang !== 'zh') throw new BadInput('--lang: must be zh or en');
  if (values.open !== undefined) {
    const untilS = values.until === undefined ? undefined : Math.round(Number(values.until) * 60);
    if (untilS !== undefined && !(untilS >= 1)) throw new BadInput(`--until: must be minutes > 0 (got "${values.until}")`);
    const open = OpenRoom.safeParse({ scenario: values.open, ...(values.speed ? { speed: Number(values.speed) } : {}), ...(values.seed ? { seed: values.seed } : {}), ...(untilS ? { untilS } : {}) });
    if (!open.success) throw new BadInput(`--open/--speed/--seed/--until: ${open.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    await directRoom(url, open.data, language);
  } else {
    if (!Pin.safeParse(values.pin).success) throw new BadInput(`--pin: the room's 6 digits\n${usage}`);
    if (!values.team) throw new BadInput(`--team: the team this seat plays\n${usage}`);
    let orders: TimedOrder[] = [];
    if (values.orders) {
      const text = readContentFiles(values.orders);
      if (text === undefined) throw new BadInput(`${values.orders}: no such file`);
      const parsed = parseOrdersFile(values.orders, text);
      if (!parsed.ok) throw new BadInput(formatProblems(parsed.problems));
      orders = parsed.value;
    }
    await playSeat({ url, pin: values.pin!, team: values.team, orders, viewJson: values['view-json'] === true, language, scenariosFolder: resolve(process.env.DRILLHALL_SCENARIOS ?? 'scenarios') });
  }
  process.exit(0);
}

function parseArgsOrExplain(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: {
        url: { type: 'string' }, open: { type: 'string' }, speed: { type: 'string' }, seed: { type: 'string' }, until: { type: 'string' },
        pin: { type: 'string' }, team: { type: 'string' }, orders: { type: 'string' }, 'view-json': { type: 'boolean' }, lang: { type: 'string' },
      },
    });
  } catch (e) {
    throw new BadInput(`${e instanceof Error ? e.message : String(e)}\n${usage}`);
  }
}

runCli((argv) => main(argv).catch((error: unknown) => {
  if (error instanceof BadInput) process.stderr.write(`${error.message}\n`);
  else process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(error instanceof BadInput ? 2 : 1);
}));
