// The drill session keeps its saved record close behind: at least every 5 sim seconds of play, and at once with
// every order, so a crash loses at most a few seconds of the clock and never an order.
import { describe, expect, it } from 'vitest';
import { DrillSession, saveEveryS } from '../../../src/ui/app/DrillSession.ts';
import type { SavedDrill } from '../../../src/ui/app/savedDrill.ts';
import type { SimEvent } from '../../../src/sim/index.ts';
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

/** A store whose writes complete only when the test says so, like IndexedDB on a slow phone. */
function slowStore() {
  const pending: ((saved: boolean) => void)[] = [];
  const store = { save: () => new Promise<boolean>((resolve) => pending.push(resolve)) };
  return { store, finishWrites: (saved = true) => { for (const finish of pending.splice(0)) finish(saved); } };
}

const levelIV = { type: 'setResponseLevel', by: 'command-post', level: 'IV' } as const;

describe('an order is told only once it is on disk', () => {
  it('keeps the order\'s events, and the seconds after it, out of the feed until the record is written', async () => {
    const { store, finishWrites } = slowStore();
    const session = DrillSession.start({ drill: demoDrill(), mode: 'hall', team: null, store });
    finishWrites();
    const heard: SimEvent[][] = [];
    session.subscribe((events) => heard.push([...events]));
    const shownBefore = session.events().length;
    expect(session.dispatch(levelIV).ok).toBe(true);
    session.run(1);
    session.tick(3000);
    expect(session.saving()).toBe(true);
    expect(heard).toEqual([]);
    expect(session.events()).toHaveLength(shownBefore);
    const durable = session.durable();
    finishWrites();
    expect(await durable).toBe(true);
    expect(session.saving()).toBe(false);
    const told = heard.flat();
    expect(told[0]?.type).toBe('response.levelSet');
    expect(session.events().slice(shownBefore)).toEqual(told);
    expect(session.state().timeS).toBe(session.timeS());
  });

  it('still tells what the order changed when storage refuses the write (the storage alert has said so)', async () => {
    const { store, finishWrites } = slowStore();
    const session = DrillSession.start({ drill: demoDrill(), mode: 'hall', team: null, store });
    session.dispatch(levelIV);
    const durable = session.durable();
    finishWrites(false);
    expect(await durable).toBe(false);
    expect(session.events().some((e) => e.type === 'response.levelSet')).toBe(true);
  });

  it('tells two quick orders together, in order, once the second is on disk', async () => {
    const { store, finishWrites } = slowStore();
    const session = DrillSession.start({ drill: demoDrill(), mode: 'hall', team: null, store });
    session.dispatch(levelIV);
    session.dispatch({ ...levelIV, level: 'III' });
    const durable = session.durable();
    finishWrites();
    await durable;
    const levels = session.events().flatMap((e) => (e.type === 'response.levelSet' ? [e.level] : []));
    expect(levels).toEqual(['IV', 'III']);
  });

  it('tells a refused order\'s reason at once, since nothing is saved for it', () => {
    const { store } = slowStore();
    const session = DrillSession.start({ drill: demoDrill(), mode: 'hall', team: null, store });
    const result = session.dispatch({ type: 'setResponseLevel', by: 'nobody', level: 'IV' });
    expect(result.ok).toBe(false);
    expect(session.saving()).toBe(false);
  });
});
