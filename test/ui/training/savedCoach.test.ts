// What a micro-drill run keeps beside its record, and the rule that counts its end once.
import { describe, expect, it } from 'vitest';
import { checkSavedDrill } from '../../../src/ui/app/savedDrill.ts';
import { countedRunsKept, countRunOnce } from '../../../src/ui/training/savedCoach.ts';

const coach = (runId: string) => ({ coach: { runId, mode: 'coached' as const, speed: 10 as const, cardsUp: [] } });
const record = { schemaVersion: 1, scenarioId: 'x', seed: 's', timeCompression: 1, orders: [], events: [], endS: 30 };

describe('counting a micro-drill run once', () => {
  it('adds the end of a run not counted before, and forgets the run when it is the one saved', () => {
    expect(countRunOnce([], coach('a'), 'a')).toEqual({ add: true, counted: ['a'], forget: true });
  });

  it('adds nothing for a run counted already, and still forgets it when it was saved again', () => {
    expect(countRunOnce(['a'], coach('a'), 'a')).toEqual({ add: false, counted: ['a'], forget: true });
  });

  it('never forgets another run saved since', () => {
    expect(countRunOnce([], coach('b'), 'a')).toMatchObject({ add: true, forget: false });
    expect(countRunOnce([], null, 'a')).toMatchObject({ add: true, forget: false });
  });

  it('remembers only the latest runs counted', () => {
    const many = Array.from({ length: countedRunsKept }, (_, i) => `r${i}`);
    const once = countRunOnce(many, null, 'new');
    expect(once.counted).toHaveLength(countedRunsKept);
    expect(once.counted.at(-1)).toBe('new');
  });
});

describe('a saved micro-drill read back', () => {
  it('keeps its hints or test, speed and cards up', () => {
    const saved = checkSavedDrill({ schemaVersion: 1, scenarioPath: 'p.json', mode: 'training', team: 't', record, coach: { runId: 'a', mode: 'test', speed: 30, cardsUp: ['move-order'] } });
    expect(saved?.coach).toEqual({ runId: 'a', mode: 'test', speed: 30, cardsUp: ['move-order'] });
  });

  it('is not offered at all when its coach’s part is damaged (an unknown speed, a misspelt key)', () => {
    expect(checkSavedDrill({ schemaVersion: 1, scenarioPath: 'p.json', mode: 'training', team: 't', record, coach: { runId: 'a', mode: 'test', speed: 7, cardsUp: [] } })).toBeNull();
    expect(checkSavedDrill({ schemaVersion: 1, scenarioPath: 'p.json', mode: 'training', team: 't', record, coach: { runId: 'a', mode: 'test', speed: 10, cardsUp: [], card: 1 } })).toBeNull();
  });

  it('is a hall drill as before when it has no coach’s part', () => {
    expect(checkSavedDrill({ schemaVersion: 1, scenarioPath: 'p.json', mode: 'hall', team: null, record })?.coach).toBeUndefined();
  });
});
