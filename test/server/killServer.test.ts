// A server killed mid-drill (SIGKILL) and started again reopens the room with the same PIN at its last line; the
// scripted director and seats rejoin by themselves, and the drill ends exactly as an uninterrupted run of the same
// orders: same final state, same score, same team views.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { HallServerProcess, Spawned } from '../support/hallProcesses.ts';
import { freePort, removeFolder, spawnTsx, startServerProcess, stop, tempFolder, waitFor } from '../support/hallProcesses.ts';
import { roomLines, uninterruptedRun } from '../support/hallRun.ts';
import { demoPlanOrders } from '../support/hallPlans.ts';

const folder = tempFolder('kill');
const children: Spawned[] = [];
afterAll(async () => {
  for (const child of children.reverse()) await stop(child, 'SIGKILL');
  removeFolder(folder);
});

describe('a hall server killed mid-drill', () => {
  it('reopens the room at its last order and the drill ends as if nothing had happened', async () => {
    const port = await freePort();
    const data = join(folder, 'rooms');
    let server: HallServerProcess = await startServerProcess(port, data);
    children.push(server);
    const teams = ['command-post', 'paichusuo'];
    for (const team of teams) writeFileSync(join(folder, `${team}.json`), JSON.stringify(demoPlanOrders('demo-market-gas-leak', team, 700)));

    const director = spawnTsx('src/cli/seat.ts', ['--url', server.url, '--open', 'demo-market-gas-leak', '--speed', '40', '--until', '12']);
    children.push(director);
    const opened = JSON.parse(await waitFor('the PIN', () => director.stdout().split('\n')[0]?.trim() || null)) as { pin: string };
    expect(opened.pin).toMatch(/^\d{6}$/);
    const seats = teams.map((team) => spawnTsx('src/cli/seat.ts', ['--url', server.url, '--pin', opened.pin, '--team', team, '--orders', join(folder, `${team}.json`), '--view-json', '--lang', 'en']));
    children.push(...seats);

    const file = join(data, `${opened.pin}.jsonl`);
    // Kill it once both teams have given orders and the drill is well under way.
    const byTeam = (team: string) => roomLines(file).filter((l) => l.kind === 'order' && (l.order as { by: string }).by === team).length;
    await waitFor('orders of both teams', () => byTeam('command-post') >= 2 && byTeam('paichusuo') >= 2, 40_000);
    const ordersBeforeKill = roomLines(file).filter((l) => l.kind === 'order').length;
    await stop(server, 'SIGKILL');
    server = await startServerProcess(port, data);
    children.push(server);
    expect(server.stdout()).toContain(`reopened: ${opened.pin}`);

    const codes = await Promise.all([director.exited, ...seats.map((s) => s.exited)]);
    expect(codes, director.stderr() + seats.map((s) => s.stderr()).join('\n')).toEqual([0, 0, 0]);
    for (const seat of seats) expect(seat.stderr()).toContain('connection lost: rejoining');

    const lines = roomLines(file);
    expect(lines.filter((l) => l.kind === 'order').length).toBeGreaterThan(ordersBeforeKill);
    const ended = JSON.parse(director.stdout().trim().split('\n').at(-1)!) as { timeS: number; total: number; stateHash: string };
    const again = uninterruptedRun(file, teams);
    expect(ended.timeS).toBe(720);
    expect(ended.stateHash).toBe(again.stateHash);
    expect(ended.total).toBe(again.total);
    seats.forEach((seat, i) => expect(JSON.parse(seat.stdout())).toEqual(again.views[teams[i]!]));
  }, 90_000);
});
