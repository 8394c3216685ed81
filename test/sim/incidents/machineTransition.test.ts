// The host's transition gives, event by event, what XState's own pure `transition` gives: the same next snapshot (as the
// state keeps it) and the same actions, with one scope kept per machine and two incidents of one machine interleaved.
import { describe, expect, it } from 'vitest';
import type { AnyMachineSnapshot } from 'xstate';
import { initialTransition, transition } from 'xstate';
import type { HeatEvent, HeatInput, HeatSignal } from '../../../src/machines/heatMachine.ts';
import { heatMachine } from '../../../src/machines/heatMachine.ts';
import { liveSnapshot, machineTransition, persistedSnapshot } from '../../../src/sim/incidents/machineTransition.ts';

const signals: HeatSignal[] = ['none', 'yellow', 'orange', 'red'];

/** A heat wave's minutes: the signal raised and lowered, cases and strokes climbing, orders among them, then over. */
function heatEvents(): HeatEvent[] {
  const events: HeatEvent[] = [];
  for (let minute = 0; minute < 240; minute++) {
    const caseCount = Math.max(0, Math.floor((minute - 40) / 6));
    events.push({
      type: 'clock.tick', timeS: minute * 60, signal: signals[Math.min(3, Math.floor(minute / 30)) % 4]!,
      strainC: minute < 150 ? minute / 20 - 2 : -3, heatRising: minute < 120, caseCount, strokeCount: Math.floor(caseCount / 5),
      deadCount: minute > 200 ? 1 : 0, activeCaseCount: minute > 220 ? 0 : caseCount, heatWaveOver: minute > 225,
    });
    if (minute === 60) events.push({ type: 'action.stopOutdoorWork', unit: null, by: 'command-post' });
    if (minute === 70) events.push({ type: 'action.doorToDoorChecks', unit: null, by: 'village' });
    if (minute === 90) events.push({ type: 'action.treatCases', unit: 'ambulance', by: 'command-post' });
  }
  return events;
}

const persistedOf = (snapshot: AnyMachineSnapshot) => JSON.parse(JSON.stringify(heatMachine.getPersistedSnapshot(snapshot))) as unknown;
const asked = (actions: readonly { type: string; params?: unknown }[]) => actions.map((a) => ({ type: a.type, params: JSON.parse(JSON.stringify(a.params ?? null)) as unknown }));

describe("the host's machine transition", () => {
  it("gives XState's next snapshot and actions for every event, two incidents of one machine interleaved", () => {
    const inputs: HeatInput[] = [{ kind: 'outdoorWorkers', authorities: [] }, { kind: 'elderlyAlone', authorities: ['village'] }];
    const theirs = inputs.map((input) => initialTransition(heatMachine, input)[0]);
    const ours = theirs.map((snapshot) => persistedSnapshot(heatMachine, snapshot));
    let compared = 0;
    let emitted = 0;
    for (const event of heatEvents()) {
      for (let k = 0; k < inputs.length; k++) {
        if (theirs[k]!.status === 'done') continue;
        const [theirNext, theirActions] = transition(heatMachine, heatMachine.resolveState(heatMachine.getPersistedSnapshot(theirs[k]!) as never), event);
        const [ourNext, ourActions] = machineTransition(heatMachine, liveSnapshot(heatMachine, ours[k]!), event);
        expect(persistedOf(ourNext)).toEqual(persistedOf(theirNext));
        expect(asked(ourActions)).toEqual(asked(theirActions));
        theirs[k] = theirNext;
        ours[k] = persistedSnapshot(heatMachine, ourNext);
        compared++;
        emitted += ourActions.filter((a) => a.type === 'xstate.emit').length;
      }
    }
    expect(compared).toBeGreaterThan(400);
    expect(emitted).toBeGreaterThan(5);
    expect(theirs.map((s) => s.value)).toContain('over');
  });

  it('resolves a persisted snapshot it did not write (a saved drill resumed) as the machine does', () => {
    const [start] = initialTransition(heatMachine, { kind: 'students', authorities: [] });
    const copied = structuredClone(heatMachine.getPersistedSnapshot(start)) as object;
    expect(persistedOf(liveSnapshot(heatMachine, copied))).toEqual(persistedOf(start));
  });
});
