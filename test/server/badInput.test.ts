// Bad input on a hall's shared Wi-Fi: a wrong PIN, an unknown team, an order for another team, a director command
// without the key, a 1 MB message, bytes that are not a message, a message of the wrong shape, 1,000 messages a
// second from one seat, PIN guessing — each gets its clear refusal, closes at most that client, and the drill goes on.
import { Client } from 'colyseus.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HallRefusal, OpenedMessage, OutcomeMessage, PublicViewMessage, ViewMessage } from '../../src/hall/protocol.ts';
import { pinTriesPerMinute, refusalOfJoinError } from '../../src/hall/protocol.ts';
import { hallRefusalText } from '../../src/i18n/hallRefusalText.ts';
import type { InProcessHall, Listener } from '../support/hallInProcess.ts';
import { joinDrill, openDrill, startInProcessHall } from '../support/hallInProcess.ts';
import { roomLines } from '../support/hallRun.ts';
import { waitFor } from '../support/hallProcesses.ts';

let hall: InProcessHall;
let director: Listener;
let opened: OpenedMessage;
let commandPost: Listener;
let ref = 100;

beforeAll(async () => {
  hall = await startInProcessHall('bad');
  ({ director, opened } = await openDrill(hall.url, { scenario: 'demo-market-gas-leak', speed: 10 }));
  commandPost = await joinDrill(hall.url, opened.pin, { role: 'seat', team: 'command-post' });
  director.send('director', { ref: 1, directorKey: opened.directorKey, command: { kind: 'start' } });
});
afterAll(async () => { await hall.stop(); });

const joinRefusal = async (pin: string, options: object) => refusalOfJoinError(await new Client(hall.url).joinById(pin, options).then(() => null, (e: unknown) => e));

/** The drill goes on: the clock moves, and another seat's order is still carried out. */
async function drillGoesOn(): Promise<void> {
  const timeS = (await commandPost.next<ViewMessage>('view')).view.timeS;
  await commandPost.next<ViewMessage>('view', (m) => m.view.timeS > timeS);
  const mine = ++ref;
  commandPost.send('order', { ref: mine, order: { type: 'setResponseLevel', by: 'command-post', level: mine % 2 === 0 ? 'IV' : 'III' } });
  expect(await commandPost.next<OutcomeMessage>('outcome', (m) => m.ref === mine)).toMatchObject({ ref: mine });
}

describe('bad input to a hall room', () => {
  it('refuses a wrong PIN and an unknown team by name', async () => {
    const wrong = await joinRefusal(opened.pin === '999999' ? '999998' : '999999', { role: 'seat', team: 'paichusuo' });
    expect(wrong.code).toBe('wrong-pin');
    expect(hallRefusalText('en', wrong)).toMatch(/Wrong PIN/);
    const team = await joinRefusal(opened.pin, { role: 'seat', team: 'nobody' });
    expect(team).toEqual({ code: 'unknown-team', params: { team: 'nobody' } });
    expect((await joinRefusal(opened.pin, { role: 'director', directorKey: 'x'.repeat(24) })).code).toBe('wrong-key');
    await drillGoesOn();
  });

  it('refuses an order for another team and a director command without the key, and records neither', async () => {
    const village = await joinDrill(hall.url, opened.pin, { role: 'seat', team: 'paichusuo' });
    village.send('order', { ref: 1, order: { type: 'setResponseLevel', by: 'command-post', level: 'I' } });
    expect(await village.next<HallRefusal>('refusal')).toEqual({ code: 'not-your-team', params: { ref: 1, team: 'paichusuo', by: 'command-post' } });
    village.send('director', { ref: 2, directorKey: opened.directorKey, command: { kind: 'pause' } });
    expect(await village.next<HallRefusal>('refusal', (r) => r.params.ref === 2)).toMatchObject({ code: 'wrong-key' });
    director.send('director', { ref: 3, directorKey: 'y'.repeat(24), command: { kind: 'pause' } });
    expect(await director.next<HallRefusal>('refusal', (r) => r.params.ref === 3)).toMatchObject({ code: 'wrong-key' });
    const orders = roomLines(`${hall.dataFolder}/${opened.pin}.jsonl`).filter((l) => l.kind === 'order');
    expect(orders.some((l) => (l.order as { level?: string }).level === 'I')).toBe(false);
    expect(village.left).toBeNull();
    // A seat hears only its own team: no truth, no inject board, no projector feed. The projector hears the public view.
    // (Its view: whole on joining, then what changed — `view.patch`, which may or may not have come yet.)
    expect(new Set(village.received.map((r) => r.type).filter((t) => t !== 'view.patch'))).toEqual(new Set(['welcome', 'view', 'refusal']));
    expect(village.resyncs).toEqual([]);
    const projector = await joinDrill(hall.url, opened.pin, { role: 'projector' });
    const shown = await projector.next<PublicViewMessage>('public.view');
    expect(shown.feed.filter((e) => e.type === 'knowledge.gained' || e.type === 'call.placed' || ('by' in e && e.by === 'facilitator'))).toEqual([]);
    expect(shown.feed.map((e) => e.type)).toContain('response.levelSet');
    expect(new Set(projector.received.map((r) => r.type))).toEqual(new Set(['welcome', 'public.view']));
    await drillGoesOn();
  });

  it('closes a seat that sends 1 MB, and only that seat', async () => {
    const seat = await joinDrill(hall.url, opened.pin, { role: 'seat', team: 'paichusuo' });
    seat.send('order', { ref: 1, order: { type: 'evacuate', by: 'paichusuo', note: 'x'.repeat(1024 * 1024) } });
    expect(await waitFor('the seat closed', () => seat.left)).toBe(1009);
    await drillGoesOn();
  });

  it('closes a seat that sends bytes that are not a message, or a message of the wrong shape', async () => {
    const garbage = await joinDrill(hall.url, opened.pin, { role: 'seat', team: 'paichusuo' });
    // A room-data frame (13) for "order" whose body is not msgpack (0xc1 is never a msgpack byte), then text.
    garbage.room.connection.send(new Uint8Array([13, 0xa5, ...new TextEncoder().encode('order'), 0xc1, 0x7b]));
    expect(await waitFor('the seat closed', () => garbage.left)).toBeGreaterThanOrEqual(4000);
    const shape = await joinDrill(hall.url, opened.pin, { role: 'seat', team: 'paichusuo' });
    shape.send('order', '{"ref": 1, "order": not json');
    expect(await shape.next<HallRefusal>('refusal')).toMatchObject({ code: 'malformed-message' });
    expect(await waitFor('the seat closed', () => shape.left)).toBe(4400);
    await drillGoesOn();
  });

  it('drops 1,000 messages a second from one seat with one refusal a second, and the seat and drill go on', async () => {
    const flood = await joinDrill(hall.url, opened.pin, { role: 'seat', team: 'paichusuo' });
    await flood.next('view');
    for (let i = 0; i < 1000; i++) flood.send('order', { ref: i, order: { type: 'recallUnit', by: 'paichusuo', unit: 'pcs-car-1' } });
    expect(await flood.next<HallRefusal>('refusal')).toEqual({ code: 'too-fast', params: {} });
    await drillGoesOn();
    const carriedOut = flood.all<OutcomeMessage>('outcome').length;
    expect(carriedOut).toBeGreaterThan(0);
    expect(carriedOut).toBeLessThanOrEqual(30);
    expect(flood.all('refusal').length).toBeLessThanOrEqual(2);
    expect(flood.left).toBeNull();
    await new Promise((r) => setTimeout(r, 1500));
    flood.send('order', { ref: 5000, order: { type: 'recallUnit', by: 'paichusuo', unit: 'pcs-car-1' } });
    expect(await flood.next<OutcomeMessage>('outcome', (m) => m.ref === 5000)).toMatchObject({ ref: 5000 });
  });

  it('refuses every join from an address after ten wrong PINs in a minute, even the right PIN', async () => {
    // One wrong PIN was tried above.
    for (let i = 1; i < pinTriesPerMinute; i++) expect((await joinRefusal(String(100000 + i), { role: 'projector' })).code).toBe('wrong-pin');
    expect((await joinRefusal(opened.pin, { role: 'projector' })).code).toBe('pin-tries');
    await drillGoesOn();
  });
});
