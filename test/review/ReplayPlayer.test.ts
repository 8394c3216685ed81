import { describe, expect, it } from 'vitest';
import { ReplayPlayer } from '../../src/review/ReplayPlayer.ts';
import { replay, stateHash } from '../../src/sim/index.ts';
import { demoDrill } from '../support/demoDrill.ts';
import { runDemoPlan } from '../support/demoPlan.ts';

describe('the replay player', { timeout: 60_000 }, () => {
  const drill = demoDrill();
  const record = runDemoPlan({ seed: 'replay-player' }).sim.record();

  it('shows at every moment the state the drill had then', () => {
    const player = new ReplayPlayer(drill, record);
    for (const t of [0, 90, 1800, 2400, record.endS]) {
      player.seek(t);
      expect(player.timeS()).toBe(t);
      expect(stateHash(player.state())).toBe(stateHash(replay(drill, record.seed, record, t).snapshot()));
    }
  });

  it('goes back and forward again to the same states', () => {
    const player = new ReplayPlayer(drill, record);
    player.seek(record.endS);
    const atEnd = stateHash(player.state());
    player.seek(1300);
    expect(stateHash(player.state())).toBe(stateHash(replay(drill, record.seed, record, 1300).snapshot()));
    player.seek(record.endS);
    expect(stateHash(player.state())).toBe(atEnd);
  });

  it('never goes before the start or past the record’s end', () => {
    const player = new ReplayPlayer(drill, record);
    player.seek(record.endS + 5000);
    expect(player.timeS()).toBe(record.endS);
    player.seek(-30);
    expect(player.timeS()).toBe(0);
  });
});
