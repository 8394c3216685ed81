// The computer holding the command post's seat: a village phone calls it about the coal-stove poisoning, and the
// township's doctrine, playing the command post, calls and reports to the county within the hour — its orders in the
// room's file as the command post's. A room killed mid-drill and read back from its file rebuilds the doctrine's
// memory: it never gives a past order again, and the drill ends exactly as an uninterrupted one, whatever the steps.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stateHash } from '../../src/sim/index.ts';
import { DrillLog, readLog } from '../../src/server/drillLog.ts';
import type { LogLine } from '../../src/server/drillLog.ts';
import { roomDoctrine } from '../../src/server/emptySeatPlayer.ts';
import type { Opening } from '../../src/server/hallDrill.ts';
import { HallDrill } from '../../src/server/hallDrill.ts';
import { scenarioDrill } from '../support/demoDrill.ts';
import { removeFolder, tempFolder } from '../support/hallProcesses.ts';

const folder = tempFolder('computerseat');
afterAll(() => removeFolder(folder));

const scenario = 'demo-coal-stove-co';
const drill = scenarioDrill(`scenarios/${scenario}.json`);
const { doctrine } = roomDoctrine('scenarios', scenario, drill);
const speed = 10;
const untilS = 5400;
/** The village learns of the poisoning at 900 s (the scenario's first inject) and phones the command post at 960 s. */
const villageCallsAtS = 960;
const villageCall = { type: 'relayInformation', by: 'beishan', to: 'command-post', incident: 'beishan-co', channel: 'phone' };

const opening = (pin: string): Opening => ({ kind: 'opened', pin, scenario, seed: 'computer-seat', speed, county: 'county', untilS, directorKey: 'd'.repeat(24), evaluatorKey: 'e'.repeat(24), wallTime: '2026-12-07T00:00:00.000Z' });

function openRoom(pin: string): HallDrill {
  const log = new DrillLog(join(folder, `${pin}.jsonl`));
  log.append(opening(pin));
  return new HallDrill(drill, opening(pin), log, doctrine);
}

/** Runs the clock in steps of `stepMs` wall ms (landing on the village's call) until the drill ends or `stopAtS`. */
function runRoom(hall: HallDrill, stepMs: number, stopAtS = Infinity): void {
  while (!hall.ended && hall.sim.timeS() < stopAtS) {
    const nowS = hall.sim.timeS();
    if (nowS === villageCallsAtS) {
      const { seat } = hall.addSeat('beishan', '北山村');
      hall.order(seat.seat, villageCall);
    }
    const untilCallMs = nowS < villageCallsAtS ? ((villageCallsAtS - nowS) * 1000) / speed : Infinity;
    hall.runFor(Math.min(stepMs, untilCallMs));
  }
}

function startRoom(pin: string): HallDrill {
  const hall = openRoom(pin);
  hall.director({ kind: 'computerHolds', team: 'command-post', holds: true });
  hall.director({ kind: 'start' });
  return hall;
}

const computerOrders = (lines: readonly LogLine[]) => lines.flatMap((l) => (l.kind === 'order' && l.computer ? [{ atS: l.atS, order: l.order as { type: string; by: string; to?: unknown; kind?: string } }] : []));

describe('the computer holding the command post', () => {
  it('answers a village\'s call by calling and reporting to the county within the hour, as the command post', () => {
    const hall = startRoom('300001');
    runRoom(hall, 1000);
    const lines = readLog(join(folder, '300001.jsonl'));
    const orders = computerOrders(lines);
    expect(orders.length).toBeGreaterThan(0);
    expect(new Set(orders.map((o) => o.order.by))).toEqual(new Set(['command-post']));
    const knewAtS = hall.sim.record().events.find((e) => e.type === 'knowledge.gained' && e.team === 'command-post' && e.incident === 'beishan-co')?.timeS;
    expect(knewAtS).toBeGreaterThanOrEqual(villageCallsAtS);
    const calledCounty = orders.find((o) => o.order.type === 'relayInformation' && o.order.to === 'county');
    const reported = orders.find((o) => o.order.type === 'fileReport' && o.order.kind === 'initial');
    expect(calledCounty?.atS).toBeLessThanOrEqual(knewAtS! + 3600);
    expect(reported?.atS).toBeLessThanOrEqual(knewAtS! + 3600);
    // Every one of them went through the core like a phone's: in the drill's record as the command post's.
    expect(hall.sim.record().orders.filter((o) => o.order.by === 'command-post').map((o) => o.atS)).toEqual(orders.map((o) => o.atS));
  });

  it('leaves a team to its phone: no order of the computer while a phone of the team is connected', () => {
    const hall = startRoom('300002');
    hall.heldByPhone = (team) => team === 'command-post';
    runRoom(hall, 1000);
    expect(computerOrders(readLog(join(folder, '300002.jsonl')))).toEqual([]);
  });

  it('after a kill and a restart, gives none of its past orders again and ends as an uninterrupted drill', () => {
    const uninterrupted = startRoom('300003');
    runRoom(uninterrupted, 1000);

    const path = join(folder, '300004.jsonl');
    const killed = startRoom('300004');
    // Killed once the command post has called the county but before its written report (another step size too).
    runRoom(killed, 700, villageCallsAtS + 120);
    killed.close();
    const before = computerOrders(readLog(path));
    expect(before.some((o) => o.order.type === 'relayInformation')).toBe(true);
    expect(before.some((o) => o.order.type === 'fileReport')).toBe(false);

    const resumed = HallDrill.resume(drill, readLog(path), new DrillLog(path), doctrine);
    runRoom(resumed, 1300);
    expect(resumed.sim.timeS()).toBe(untilS);
    expect(computerOrders(readLog(path))).toEqual(computerOrders(readLog(join(folder, '300003.jsonl'))));
    expect(stateHash(resumed.sim.snapshot())).toBe(stateHash(uninterrupted.sim.snapshot()));
  });
});
