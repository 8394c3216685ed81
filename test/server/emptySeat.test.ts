// An empty team does nothing, until the director lets the computer hold its seat: then the installed player (the
// teams' doctrine, later) gives the team's orders while no phone of that team is connected, recorded like a phone's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DirectorViewMessage } from '../../src/hall/protocol.ts';
import type { EmptySeat } from '../../src/server/emptySeatPlayer.ts';
import { setEmptySeatPlayer } from '../../src/server/emptySeatPlayer.ts';
import type { InProcessHall } from '../support/hallInProcess.ts';
import { joinDrill, openDrill, startInProcessHall } from '../support/hallInProcess.ts';
import { roomLines } from '../support/hallRun.ts';
import { waitFor } from '../support/hallProcesses.ts';

let hall: InProcessHall;
beforeAll(async () => { hall = await startInProcessHall('empty'); });
afterAll(async () => { await hall.stop(); setEmptySeatPlayer(() => []); });

describe('an empty seat', () => {
  it('does nothing by itself, and plays through the hook only for the teams the computer holds and no phone does', async () => {
    const asked: string[] = [];
    setEmptySeatPlayer((seat: EmptySeat) => {
      asked.push(seat.team);
      return seat.team === 'command-post' && seat.timeS >= 30 && !seat.view().orders.some((o) => o.order.type === 'setResponseLevel')
        ? [{ type: 'setResponseLevel', by: 'command-post', level: 'IV' }, { type: 'setResponseLevel', by: 'paichusuo', level: 'I' }]
        : [];
    });
    const { director, opened } = await openDrill(hall.url, { scenario: 'demo-market-gas-leak', speed: 60 });
    const command = (ref: number, c: object) => director.send('director', { ref, directorKey: opened.directorKey, command: c });
    command(1, { kind: 'start' });
    await director.next<DirectorViewMessage>('director.view', (m) => m.clock.timeS >= 20);
    expect(asked).toEqual([]);

    const phone = await joinDrill(hall.url, opened.pin, { role: 'seat', team: 'paichusuo' });
    command(2, { kind: 'computerHolds', team: 'command-post', holds: true });
    command(3, { kind: 'computerHolds', team: 'paichusuo', holds: true });
    expect((await director.next<DirectorViewMessage>('director.view', (m) => m.computerTeams.length === 2)).computerTeams).toEqual(['command-post', 'paichusuo']);
    const file = `${hall.dataFolder}/${opened.pin}.jsonl`;
    const orders = await waitFor('the computer\'s order', () => {
      const found = roomLines(file).filter((l) => l.kind === 'order');
      return found.length > 0 ? found : null;
    });
    // Only the order given as its own team, and never for the team a phone holds.
    expect(orders.map((o) => o.order)).toEqual([{ type: 'setResponseLevel', by: 'command-post', level: 'IV' }]);
    expect(asked).not.toContain('paichusuo');
    expect(phone.left).toBeNull();
  });
});
