// A phone joining a hall drill on a hall server of its own (so its wrong PINs count against nobody else's tries): the
// PIN is checked by a look at the room that joins nothing, a mistyped PIN costs one of the address's tries and is
// said in words, and a phone that mistyped it nine times still takes its seat with the right one — its page opens
// exactly one socket, the seat's.
import { expect, test } from '@playwright/test';
import { Client } from 'colyseus.js';
import type { OpenedMessage } from '../../src/hall/protocol.ts';
import { drillRoomName, pinTriesPerMinute } from '../../src/hall/protocol.ts';
import type { HallServerProcess } from '../support/hallProcesses.ts';
import { removeFolder, startServerProcess, stop, tempFolder } from '../support/hallProcesses.ts';
import { recordFrames } from './hallFrames.ts';

/** Beside hallDrill.spec.ts's two servers (E2E_PORT + 500 and + 501). */
const port = Number(process.env.E2E_PORT ?? 4174) + 502;
const out = process.env.E2E_OUT ?? 'dist';

let server: HallServerProcess | undefined;
let data = '';

test.beforeAll(async () => {
  data = tempFolder('hall-join-e2e');
  server = await startServerProcess(port, data, { DRILLHALL_DIST: out });
});

test.afterAll(async () => {
  await stop(server);
  removeFolder(data);
});

test.setTimeout(120_000);

test('a phone that mistyped the PIN nine times still joins with the right one, and never joins the room just to look', async ({ browser }) => {
  const room = await new Client(`http://127.0.0.1:${port}`).create(drillRoomName, { scenario: 'demo-xiling-grassland-fire' });
  const opened = await new Promise<OpenedMessage>((resolve) => { room.onMessage('opened', (message: OpenedMessage) => resolve(message)); });
  for (const type of ['welcome', 'director.view', 'view', 'public.view']) room.onMessage(type, () => undefined);
  const context = await browser.newContext({ baseURL: `http://127.0.0.1:${port}`, viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  try {
    const phone = await context.newPage();
    const frames = recordFrames(phone);
    await phone.goto('/?screen=join');
    for (let i = 1; i < pinTriesPerMinute; i++) {
      const wrong = String(100000 + i) === opened.pin ? String(200000 + i) : String(100000 + i);
      await phone.getByTestId('join-pin').fill(wrong);
      await phone.getByTestId('join-next').tap();
      await expect(phone.getByTestId('join-message')).toHaveText('房间号不对：请核对导演台上显示的 6 位数字');
      await expect(phone.getByTestId('join-teams')).toBeEmpty();
    }
    await phone.getByTestId('join-pin').fill(opened.pin);
    await phone.getByTestId('join-next').tap();
    await expect(phone.getByTestId('join-team-command-post')).toBeVisible();
    await phone.getByTestId('join-team-shangling').tap();
    await expect(phone.getByTestId('seat-screen')).toBeVisible();
    await expect(phone.getByTestId('seat-connection')).toHaveText('已连接');
    // One socket: the seat's. The look at the room was HTTP only, and nothing but the seat's messages came.
    expect(new Set(frames.map((f) => f.socket))).toEqual(new Set([0]));
    expect(frames.filter((f) => f.type === 'welcome').map((f) => (f.message as { role: string }).role)).toEqual(['seat']);
  } finally {
    await context.close();
    await room.leave();
  }
});
