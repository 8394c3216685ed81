// An empty team does nothing until the director lets the computer hold its seat; then the township's doctrine plays
// it through the room — checked by the core and written in the room's file like a phone's — while no phone of that
// team is connected. A team a phone holds is left to the phone even when the director let the computer hold it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DirectorViewMessage } from '../../src/hall/protocol.ts';
import type { InProcessHall } from '../support/hallInProcess.ts';
import { joinDrill, openDrill, startInProcessHall } from '../support/hallInProcess.ts';
import { roomLines } from '../support/hallRun.ts';
import { waitFor } from '../support/hallProcesses.ts';

let hall: InProcessHall;
beforeAll(async () => { hall = await startInProcessHall('empty'); });
afterAll(async () => { await hall.stop(); });

type OrderLine = { kind: string; atS?: number; computer?: boolean; order?: { by: string; type: string; to?: string } };

describe('an empty seat', () => {
  it('does nothing by itself; held by the computer, the command post answers the police station\'s call as the doctrine says', async () => {
    const { director, opened } = await openDrill(hall.url, { scenario: 'demo-market-gas-leak', speed: 60 });
    const command = (ref: number, c: object) => director.send('director', { ref, directorKey: opened.directorKey, command: c });
    const file = `${hall.dataFolder}/${opened.pin}.jsonl`;
    const computerLines = () => (roomLines(file) as OrderLine[]).filter((l) => l.kind === 'order' && l.computer === true);
    const phone = await joinDrill(hall.url, opened.pin, { role: 'seat', team: 'paichusuo' });
    command(1, { kind: 'start' });
    // The police station learns of the leak at 120 s; nobody holds the command post yet, so nothing answers it.
    await director.next<DirectorViewMessage>('director.view', (m) => m.clock.timeS >= 130);
    expect(computerLines()).toEqual([]);

    command(2, { kind: 'computerHolds', team: 'command-post', holds: true });
    command(3, { kind: 'computerHolds', team: 'paichusuo', holds: true });
    expect((await director.next<DirectorViewMessage>('director.view', (m) => m.computerTeams.length === 2)).computerTeams).toEqual(['command-post', 'paichusuo']);
    phone.send('order', { ref: 1, order: { type: 'relayInformation', by: 'paichusuo', to: 'command-post', incident: 'market-lpg-leak', channel: 'phone' } });
    const county = await waitFor('the computer\'s call to the county', () => computerLines().find((l) => l.order?.type === 'relayInformation' && l.order.to === 'county'), 30_000);
    // Its orders are the command post's only: the police station's phone is connected, so the computer leaves it be.
    expect(county.order?.by).toBe('command-post');
    expect(new Set(computerLines().map((l) => l.order?.by))).toEqual(new Set(['command-post']));
    expect(phone.left).toBeNull();
  }, 60_000);
});
