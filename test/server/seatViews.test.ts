// A seat is sent its team's whole view on joining and then only what changed; what it pieces together is the view
// the room holds; asked (`view.resync`), the room sends the whole view again; a paused drill sends seats nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ViewMessage, ViewPatchMessage } from '../../src/hall/protocol.ts';
import type { InProcessHall } from '../support/hallInProcess.ts';
import { joinDrill, openDrill, startInProcessHall } from '../support/hallInProcess.ts';
import { waitFor } from '../support/hallProcesses.ts';

let hall: InProcessHall;
beforeAll(async () => { hall = await startInProcessHall('seat-views'); });
afterAll(async () => { await hall.stop(); });

describe('the views a seat is sent', () => {
  it('are whole once, then patches that rebuild the room\'s view; a resync brings the whole view; a pause sends nothing', async () => {
    const { director, opened } = await openDrill(hall.url, { scenario: 'demo-market-gas-leak', speed: 60 });
    const command = (ref: number, kind: 'start' | 'pause') => director.send('director', { ref, directorKey: opened.directorKey, command: { kind } });
    const phone = await joinDrill(hall.url, opened.pin, { role: 'seat', team: 'paichusuo' });
    const first = await phone.next<ViewMessage>('view');
    command(1, 'start');
    await phone.next<ViewMessage>('view', (m) => m.view.timeS >= 120);
    phone.send('order', { ref: 1, order: { type: 'dispatchUnit', by: 'paichusuo', unit: 'pcs-car-1', to: { incident: 'market-lpg-leak' } } });
    await phone.next<ViewMessage>('view', (m) => m.view.orders.length === 1);
    const patches = phone.all<ViewPatchMessage>('view.patch');
    expect(patches.length).toBeGreaterThan(1);
    expect(patches[0]!.from).toBe(first.version);
    patches.slice(1).forEach((p, i) => expect(p.from).toBe(patches[i]!.to));
    // Whole views are sent on joining only: every later one is a patch, and none carries the team's orders again.
    expect(phone.received.filter((r) => r.type === 'view' && (r.message as ViewMessage).version === first.version)).toHaveLength(1);
    expect(patches.filter((p) => p.changes?.lists.orders !== undefined).length).toBeLessThanOrEqual(2);

    command(2, 'pause');
    await waitFor('the clock paused', () => phone.views.clock?.paused === true || undefined);
    const sent = phone.all('view.patch').length;
    await new Promise((r) => setTimeout(r, 2500));
    expect(phone.all('view.patch').length).toBe(sent);

    // Asked for, the room's whole view is the one the seat pieced together, at the same version.
    const held = { version: phone.views.version, view: phone.views.view };
    phone.send('view.resync', { have: held.version });
    const whole = await waitFor('the whole view again', () => phone.wholeViews[1] as ViewMessage | undefined);
    expect(whole.version).toBe(held.version);
    expect(whole.view).toEqual(held.view);
    expect(phone.resyncs).toEqual([]);
  }, 60_000);
});
