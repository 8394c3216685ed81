// `npm run seat -- --url URL --pin PIN --team TEAM [--orders FILE] [--view-json]`: one team's seat from the command
// line. It gives each order of FILE once the room's clock has reached its time, prints each outcome as it comes back
// (in words), rejoins with its seat token after a drop, and when the drill ends prints the team's view (--view-json:
// the same JSON as `npm run drill -- --view`). An order the team may not give exits 2, saying so.
import type { HallRefusal, OutcomeMessage, WelcomeMessage } from '../../hall/protocol.ts';
import { ViewReceiver } from '../../hall/viewReceiver.ts';
import { hallRefusalText } from '../../i18n/hallRefusalText.ts';
import { refusalText } from '../../i18n/refusalText.ts';
import type { Language } from '../../i18n/translate.ts';
import type { TeamView, TimedOrder, World } from '../../sim/index.ts';
import { buildWorld } from '../../sim/index.ts';
import { BadInput } from '../runCli.ts';
import { teamViewJson } from '../teamViewJson.ts';
import { scenarioDrill } from '../../server/scenarioDrill.ts';
import { HallConnection } from './hallConnection.ts';
import { namesWith } from '../../i18n/names.ts';

/** Core refusals that mean the team may not give the order at all (not that the moment is wrong). */
const notThisTeams = new Set(['facilitator-only', 'command-post-only', 'not-your-unit', 'not-your-village', 'not-road-authority', 'facilitator-adds-incidents']);

export interface SeatOptions { url: string; pin: string; team: string; orders: readonly TimedOrder[]; viewJson: boolean; language: Language; scenariosFolder: string }

export async function playSeat(options: SeatOptions): Promise<void> {
  const { language } = options;
  const out = options.viewJson ? process.stderr : process.stdout;
  let world: World | null = null;
  let lastView: TeamView | null = null;
  const views = new ViewReceiver();
  let next = 0;
  let ref = 0;
  const pending = new Map<number, TimedOrder>();
  let connection: HallConnection | null = null;

  let handle: (type: string, message: unknown) => void = () => {};
  const finished = new Promise<void>((resolve, reject) => {
    const giveDue = (timeS: number) => {
      while (connection && next < options.orders.length && options.orders[next]!.atS <= timeS) {
        const timed = options.orders[next++]!;
        pending.set(++ref, timed);
        connection.send('order', { ref, order: timed.order });
      }
    };
    handle = (type, message) => {
      if (type === 'welcome') {
        const welcome = message as WelcomeMessage;
        const loaded = scenarioDrill(options.scenariosFolder, welcome.scenario);
        world = loaded.ok ? buildWorld(loaded.drill) : null;
        if (welcome.seatToken && connection) connection.rejoinWith = { role: 'seat', seatToken: welcome.seatToken };
      }
      const received = views.receive(type, message);
      if (received.kind === 'resync') connection?.send('view.resync', received.ask);
      if (received.kind === 'view') {
        lastView = received.view;
        giveDue(received.view.timeS);
      }
      if (type === 'outcome') {
        const { ref: answered, atS, outcome } = message as OutcomeMessage;
        const timed = pending.get(answered);
        pending.delete(answered);
        const words = outcome.ok ? (language === 'zh' ? '已执行' : 'carried out') : world ? refusalText(namesWith(world, lastView?.incidents), language, outcome) : outcome.reason;
        out.write(`${atS} s ${timed?.order.type ?? ''}: ${words}\n`);
        if (!outcome.ok && notThisTeams.has(outcome.reason)) reject(new BadInput(`${options.team}: ${words}`));
      }
      if (type === 'refusal') {
        const refusal = message as HallRefusal;
        const words = hallRefusalText(language, refusal, world ?? undefined);
        if (refusal.code === 'not-your-team') reject(new BadInput(words));
        else out.write(`${words}\n`);
      }
      if (type === 'ended') resolve();
      if (type === 'connection.lost') out.write(language === 'zh' ? '连接中断，正在重新加入…\n' : 'connection lost: rejoining…\n');
      if (type === 'connection.gone') reject(new Error('the room did not come back'));
      if (type === 'connection.refused') reject(new BadInput(hallRefusalText(language, message as HallRefusal, world ?? undefined)));
    };
  });
  connection = await HallConnection.join(options.url, options.pin, { role: 'seat', team: options.team }, (type, message) => handle(type, message), language);
  try {
    await finished;
  } finally {
    await connection.leave();
  }
  if (options.viewJson && lastView) process.stdout.write(`${JSON.stringify(teamViewJson(lastView), null, 2)}\n`);
}
