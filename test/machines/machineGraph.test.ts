import { describe, expect, it } from 'vitest';
import { createMachine } from 'xstate';
import { walkMachine } from '../support/machineGraph.ts';

const flawed = createMachine({
  id: 'flawed',
  initial: 'a',
  states: {
    a: { on: { go: 'b', stop: 'end' } },
    b: { on: { go: 'trap' } },
    trap: {},
    orphan: { on: { go: 'end' } },
    end: { type: 'final' },
  },
});

describe('the machine graph walk used by every machine test', () => {
  const walk = walkMachine(flawed, { input: undefined, events: [{ type: 'go' }, { type: 'stop' }], serializeState: (s) => JSON.stringify(s.value) });

  it('finds states no event sequence reaches', () => {
    expect(walk.unreachedStates).toEqual(['flawed.orphan']);
  });

  it('finds states from which the machine can never end', () => {
    expect(walk.deadEnds.sort()).toEqual(['"b"', '"trap"']);
  });
});
