// A room's PIN: six random digits no room open anywhere in the county (the matchmaker's driver) or on this
// process's disk already has.
import { randomInt } from 'node:crypto';
import { existsSync } from 'node:fs';
import { matchMaker } from '@colyseus/core';
import { roomLogPath } from './drillLog.ts';

export async function freshPin(dataFolder: string): Promise<string> {
  for (let attempt = 0; attempt < 1000; attempt++) {
    const pin = String(randomInt(100_000, 1_000_000));
    if (existsSync(roomLogPath(dataFolder, pin))) continue;
    if ((await matchMaker.query({ roomId: pin })).length === 0) return pin;
  }
  throw new Error('no free PIN after 1000 tries');
}
