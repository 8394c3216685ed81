// The join page's look at a room (`GET /hall/rooms/<PIN>`): it names the drill and the teams a phone may take, locked
// ones marked, joins nothing, and costs a PIN try only when the PIN is wrong — so a phone that mistyped the PIN nine
// times still gets its seat, and after the tenth wrong PIN the address is refused the look and the join alike.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from 'colyseus.js';
import { matchMaker } from '@colyseus/core';
import type { OpenedMessage, WelcomeMessage } from '../../src/hall/protocol.ts';
import { pinTriesPerMinute, refusalOfJoinError } from '../../src/hall/protocol.ts';
import type { RoomCheck } from '../../src/hall/roomCheck.ts';
import { roomCheckOf, roomCheckPath } from '../../src/hall/roomCheck.ts';
import type { InProcessHall, Listener } from '../support/hallInProcess.ts';
import { joinDrill, openDrill, startInProcessHall } from '../support/hallInProcess.ts';

let hall: InProcessHall;
let director: Listener;
let opened: OpenedMessage;
beforeAll(async () => {
  hall = await startInProcessHall('room-check');
  ({ director, opened } = await openDrill(hall.url, { scenario: 'demo-xiling-grassland-fire' }));
});
afterAll(async () => { await hall.stop(); });

const look = async (pin: string): Promise<RoomCheck> => {
  const response = await fetch(`${hall.url}${roomCheckPath(pin)}`);
  return roomCheckOf(response.status, await response.json());
};
const wrongPin = (i: number, right: string) => String(100000 + i) === right ? String(200000 + i) : String(100000 + i);
const clientsIn = async (pin: string) => (await matchMaker.query({ roomId: pin }))[0]?.clients;

describe('a look at a room before joining it', () => {
  it('names the drill and the teams a phone may take, without the facilitator, and joins nothing', async () => {
    const before = await clientsIn(opened.pin);
    const check = await look(opened.pin);
    expect(check).toMatchObject({ ok: true, pin: opened.pin, scenario: 'demo-xiling-grassland-fire', lockedTeams: [], ended: false });
    expect(check.ok && check.teams).toEqual(expect.arrayContaining(['command-post', 'shangling']));
    expect(check.ok && check.teams.includes('facilitator')).toBe(false);
    expect(await clientsIn(opened.pin)).toBe(before);
  });

  it('shows a team the director locked as locked, and unlocked again', async () => {
    director.send('director', { ref: 1, directorKey: opened.directorKey, command: { kind: 'lockTeam', team: 'shangling', locked: true } });
    await director.next<{ lockedTeams: string[] }>('director.view', (v) => v.lockedTeams.includes('shangling'));
    expect(await look(opened.pin)).toMatchObject({ ok: true, lockedTeams: ['shangling'] });
    director.send('director', { ref: 2, directorKey: opened.directorKey, command: { kind: 'lockTeam', team: 'shangling', locked: false } });
    await director.next<{ lockedTeams: string[] }>('director.view', (v) => v.lockedTeams.length === 0);
    expect(await look(opened.pin)).toMatchObject({ ok: true, lockedTeams: [] });
  });

  it('lets a phone that typed nine wrong PINs look at the room and take its seat; the tenth wrong PIN shuts the address out', async () => {
    for (let i = 1; i < pinTriesPerMinute; i++) expect(await look(wrongPin(i, opened.pin))).toEqual({ ok: false, refusal: { code: 'wrong-pin', params: {} } });
    // The right PIN: the look and the join that follows cost no try, so the phone gets its seat (and could look again).
    expect(await look(opened.pin)).toMatchObject({ ok: true, scenario: 'demo-xiling-grassland-fire' });
    const seat = await joinDrill(hall.url, opened.pin, { role: 'seat', team: 'shangling' });
    expect(await seat.next<WelcomeMessage>('welcome')).toMatchObject({ role: 'seat', team: 'shangling' });
    expect(await look(opened.pin)).toMatchObject({ ok: true });
    // The tenth wrong PIN (not even digits) counts like the others: then the right PIN is refused, looked at or joined.
    expect(await look('12ab')).toEqual({ ok: false, refusal: { code: 'wrong-pin', params: {} } });
    expect(await look(opened.pin)).toEqual({ ok: false, refusal: { code: 'pin-tries', params: {} } });
    const refused = await new Client(hall.url).joinById(opened.pin, { role: 'seat', team: 'shangling' }).then(() => null, (e: unknown) => e);
    expect(refusalOfJoinError(refused).code).toBe('pin-tries');
  });
});
