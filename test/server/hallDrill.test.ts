// A hall drill read back from its room file is the same drill: state, record, seats, locks, the computer's teams,
// notes and the clock's state all as they were at the last line; a line cut short by a crash is left out.
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stateHash } from '../../src/sim/index.ts';
import { DrillLog, readLog, repairTail, unfinishedRooms } from '../../src/server/drillLog.ts';
import type { Opening } from '../../src/server/hallDrill.ts';
import { HallDrill } from '../../src/server/hallDrill.ts';
import { scenarioDrill } from '../support/demoDrill.ts';
import { removeFolder, tempFolder } from '../support/hallProcesses.ts';

const folder = tempFolder('halldrill');
afterAll(() => removeFolder(folder));

const opening = (pin: string): Opening => ({ kind: 'opened', pin, scenario: 'demo-market-gas-leak', seed: 'hall-test', speed: 10, county: 'county', directorKey: 'd'.repeat(24), evaluatorKey: 'e'.repeat(24), wallTime: '2026-12-07T00:00:00.000Z' });

function playedDrill(pin: string): HallDrill {
  const drill = scenarioDrill('scenarios/demo-market-gas-leak.json');
  const log = new DrillLog(join(folder, `${pin}.jsonl`));
  log.append(opening(pin));
  const hall = new HallDrill(drill, opening(pin), log);
  hall.director({ kind: 'start' });
  hall.runFor(13_000);
  const { seat } = hall.addSeat('paichusuo', '王所长');
  hall.order(seat.seat, { type: 'dispatchUnit', by: 'paichusuo', unit: 'pcs-car-1', to: { incident: 'market-lpg-leak' } });
  hall.director({ kind: 'lockTeam', team: 'paichusuo', locked: true });
  hall.director({ kind: 'computerHolds', team: 'gongdiansuo', holds: true });
  hall.facilitatorOrder({ kind: 'fireInject', inject: 'no-such-inject' });
  hall.runFor(9_000);
  hall.order(null, { type: 'setResponseLevel', by: 'command-post', level: 'IV' }, { durable: false });
  hall.sync();
  hall.addNote({ atS: hall.sim.timeS(), measure: null, text: '派出所出警迅速', by: null });
  hall.director({ kind: 'pause' });
  return hall;
}

describe('a hall drill read back from its file', () => {
  it('is the same drill at its last line', () => {
    const live = playedDrill('111111');
    const path = join(folder, '111111.jsonl');
    const resumed = HallDrill.resume(live.drill, readLog(path), new DrillLog(path));
    expect(resumed.sim.timeS()).toBe(live.sim.timeS());
    expect(stateHash(resumed.sim.snapshot())).toBe(stateHash(live.sim.snapshot()));
    expect(resumed.sim.record()).toEqual(live.sim.record());
    expect(resumed.seats.list(new Set())).toEqual([{ seat: 1, team: 'paichusuo', label: '王所长', connected: false }]);
    expect(resumed.seats.lockedTeams()).toEqual(['paichusuo']);
    expect([...resumed.computerTeams]).toEqual(['gongdiansuo']);
    expect(resumed.notes.map((n) => n.text)).toEqual(['派出所出警迅速']);
    expect(resumed.paused).toBe(true);
    expect(resumed.clock()).toEqual(live.clock());
  });

  it('cuts off a last line left unfinished by a crash, and does not reopen an ended room', () => {
    const live = playedDrill('222222');
    const path = join(folder, '222222.jsonl');
    appendFileSync(path, '{"kind":"order","atS":9');
    expect(readLog(path).at(-1)).toMatchObject({ kind: 'director', command: { kind: 'pause' } });
    repairTail(path);
    const resumed = HallDrill.resume(live.drill, readLog(path), new DrillLog(path));
    expect(resumed.sim.record().orders).toHaveLength(3);
    expect(unfinishedRooms(folder)).toEqual(['111111', '222222']);
    resumed.director({ kind: 'end' });
    expect(unfinishedRooms(folder)).toEqual(['111111']);
  });
});
