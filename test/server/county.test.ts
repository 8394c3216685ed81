// A county drill: two hall server processes share a real redis-server (Colyseus' Redis presence and driver). A seat
// reaches its township's room through the other process's address, and the county seat receives the 快报 of both
// townships. Uses DRILLHALL_TEST_REDIS (what .ci/run starts) or a redis-server of its own.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'colyseus.js';
import { afterAll, describe, expect, it } from 'vitest';
import type { CountyReportMessage, OpenedMessage, OutcomeMessage, WelcomeMessage } from '../../src/hall/protocol.ts';
import { countyRoomName } from '../../src/hall/protocol.ts';
import { Listener, joinDrill, openDrill } from '../support/hallInProcess.ts';
import type { Spawned } from '../support/hallProcesses.ts';
import { freePort, removeFolder, startRedis, startServerProcess, stop, tempFolder } from '../support/hallProcesses.ts';

const haveRedis = (() => {
  try {
    execFileSync('redis-server', ['--version']);
    return true;
  } catch {
    return false;
  }
})();
const folder = tempFolder('county');
const children: Spawned[] = [];
afterAll(async () => {
  for (const child of children.reverse()) await stop(child);
  removeFolder(folder);
});

const plan = JSON.parse(readFileSync('scenarios/plans/demo-flood-transfer.json', 'utf8')) as { atS: number; order: { type: string; by: string } }[];
const countyReport = plan.find((o) => o.order.type === 'fileReport' && o.order.by === 'command-post')!.order;

describe('a county drill across two server processes', () => {
  it.skipIf(!haveRedis && !process.env.DRILLHALL_TEST_REDIS)('lets a seat join a room held by the other process, and the county hears both townships', async () => {
    let redisUrl = process.env.DRILLHALL_TEST_REDIS;
    if (!redisUrl) {
      const redis = await startRedis();
      children.push(redis.process);
      redisUrl = redis.url;
    }
    const [portA, portB] = [await freePort(), await freePort()];
    const start = (port: number, name: string) => startServerProcess(port, join(folder, name), { DRILLHALL_REDIS: redisUrl, DRILLHALL_PUBLIC_ADDRESS: `127.0.0.1:${port}` });
    const [a, b] = await Promise.all([start(portA, 'a'), start(portB, 'b')]);
    children.push(a, b);

    const county = new Listener(await new Client(a.url).create(countyRoomName, {}));
    const countyPin = (await county.next<OpenedMessage>('opened')).pin;
    const countySeat = await joinDrill(b.url, countyPin, { role: 'seat', team: 'county' });
    expect(await countySeat.next<WelcomeMessage>('welcome')).toMatchObject({ team: 'county' });

    const townships = [await openDrill(a.url, { scenario: 'demo-flood-transfer' }), await openDrill(b.url, { scenario: 'demo-flood-transfer' })];
    const pins = townships.map((t) => t.opened.pin);
    // Township 2 is held by process B; its command post joins through process A's address, township 1's through B's.
    const posts = [await joinDrill(b.url, pins[0]!, { role: 'seat', team: 'command-post' }), await joinDrill(a.url, pins[1]!, { role: 'seat', team: 'command-post' })];
    for (const post of posts) expect(await post.next<WelcomeMessage>('welcome')).toMatchObject({ team: 'command-post' });
    expect(readFileSync(join(folder, 'a', `${pins[0]}.jsonl`), 'utf8')).toContain('"kind":"seat"');
    expect(readFileSync(join(folder, 'b', `${pins[1]}.jsonl`), 'utf8')).toContain('"kind":"seat"');

    posts.forEach((post, i) => post.send('order', { ref: i, order: countyReport }));
    for (const [i, post] of posts.entries()) expect(await post.next<OutcomeMessage>('outcome')).toMatchObject({ ref: i, outcome: { ok: true } });
    const reports = await Promise.all(pins.map((pin) => countySeat.next<CountyReportMessage>('county.report', (r) => r.pin === pin)));
    for (const report of reports) expect(report).toMatchObject({ kind: 'initial', from: { zh: '乡应急指挥部' }, township: { zh: expect.any(String) as string } });
  }, 60_000);
});
