// A phone that drops mid-drill (screen lock, Wi-Fi) rejoins its seat with its token and sees everything it missed;
// a second phone of the same team sees the same view; the drill ends as an uninterrupted run of the same orders.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EndedMessage, OutcomeMessage, ViewMessage, WelcomeMessage } from '../../src/hall/protocol.ts';
import type { InProcessHall, Listener } from '../support/hallInProcess.ts';
import { joinDrill, openDrill, startInProcessHall } from '../support/hallInProcess.ts';
import { uninterruptedRun } from '../support/hallRun.ts';

let hall: InProcessHall;
beforeAll(async () => { hall = await startInProcessHall('drop'); });
afterAll(async () => { await hall.stop(); });

const atLeast = (timeS: number) => (m: ViewMessage) => m.view.timeS >= timeS;

describe('a seat whose connection drops', () => {
  it('rejoins with its token and sees what it missed, and the drill still ends as an uninterrupted run', async () => {
    const { director, opened } = await openDrill(hall.url, { scenario: 'demo-market-gas-leak', speed: 60, untilS: 600 });
    const key = opened.directorKey;
    let phone: Listener = await joinDrill(hall.url, opened.pin, { role: 'seat', team: 'paichusuo', label: '王所长' });
    const welcome = await phone.next<WelcomeMessage>('welcome');
    expect(welcome).toMatchObject({ role: 'seat', team: 'paichusuo', seat: 1 });
    expect(welcome.seatToken).toBeTruthy();
    director.send('director', { ref: 1, directorKey: key, command: { kind: 'start' } });

    await phone.next('view', atLeast(125));
    phone.send('order', { ref: 7, order: { type: 'dispatchUnit', by: 'paichusuo', unit: 'pcs-car-1', to: { incident: 'market-lpg-leak' } } });
    expect(await phone.next<OutcomeMessage>('outcome', (m) => m.ref === 7)).toMatchObject({ outcome: { ok: true } });
    const before = (await phone.next<ViewMessage>('view', (m) => m.view.orders.length === 1)).view;

    // The phone's Wi-Fi goes: the socket closes without a goodbye, and the drill goes on without it.
    phone.room.connection.close();
    await director.next<{ clock: { timeS: number } }>('director.view', (m) => m.clock.timeS > before.timeS + 120);

    phone = await joinDrill(hall.url, opened.pin, { role: 'seat', seatToken: welcome.seatToken });
    expect(await phone.next<WelcomeMessage>('welcome')).toMatchObject({ team: 'paichusuo', seat: 1, seatToken: null });
    const after = (await phone.next<ViewMessage>('view')).view;
    expect(after.timeS).toBeGreaterThan(before.timeS + 120);
    expect(after.orders.map((o) => o.order.type)).toEqual(['dispatchUnit']);
    expect(after.units.find((u) => u.id === 'pcs-car-1')?.at).not.toEqual(before.units.find((u) => u.id === 'pcs-car-1')?.at);

    // A second phone of the same team sees the same drill, its own seat number.
    const second = await joinDrill(hall.url, opened.pin, { role: 'seat', team: 'paichusuo' });
    expect(await second.next<WelcomeMessage>('welcome')).toMatchObject({ team: 'paichusuo', seat: 2 });
    expect((await second.next<ViewMessage>('view')).view.orders).toEqual(after.orders);

    const ended = await director.next<EndedMessage>('ended', () => true, 40_000);
    const again = uninterruptedRun(`${hall.dataFolder}/${opened.pin}.jsonl`, ['paichusuo']);
    expect(ended.clock.timeS).toBe(600);
    expect(ended.stateHash).toBe(again.stateHash);
    expect(ended.score?.total).toBe(again.total);
  }, 60_000);
});
