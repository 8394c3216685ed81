// The drill session keeps its saved record close behind: at least every 5 sim seconds of play, and at once with
// every order, so a crash loses at most a few seconds of the clock and never an order.
import { describe, expect, it } from 'vitest';
import { DrillSession, saveEveryS } from '../../../src/ui/app/DrillSession.ts';
import type { SavedDrill } from '../../../src/ui/app/savedDrill.ts';
import { demoDrill } from '../../support/demoDrill.ts';

function sessionSavingTo(saves: SavedDrill[]): DrillSession {
  const store = { save: (saved: SavedDrill) => { saves.push(saved); return Promise.resolve(true); } };
  return DrillSession.start({ drill: demoDrill(), mode: 'hall', team: null, store });
}

describe('saving the drill in progress', () => {
  it('saves the clock at least every 5 sim seconds while the drill runs at ×60', () => {
    const saves: SavedDrill[] = [];
    const session = sessionSavingTo(saves);
    session.run(60);
    for (let frame = 0; frame < 600; frame++) session.tick(1000 / 60);
    const times = saves.map((s) => s.record.endS);
    expect(times.at(-1)).toBeGreaterThanOrEqual(session.state().timeS - saveEveryS);
    times.slice(1).forEach((t, i) => expect(t - times[i]!).toBeLessThanOrEqual(saveEveryS));
    expect(saveEveryS).toBeLessThanOrEqual(5);
  });

  it('saves the record with an order the moment it is given, and says when it is on disk', async () => {
    const saves: SavedDrill[] = [];
    const session = sessionSavingTo(saves);
    const result = session.dispatch({ type: 'setResponseLevel', by: 'command-post', level: 'IV' });
    expect(result.ok).toBe(true);
    expect(saves.at(-1)?.record.orders.map((o) => o.order.type)).toEqual(['setResponseLevel']);
    expect(await session.durable()).toBe(true);
  });
});
