// The phases a person may state of an incident come from its factor's machine, the final ones marked as "over".
import { describe, expect, it } from 'vitest';
import { factorPhases, phasesToState } from '../../../src/sim/index.ts';

const names = (phases: readonly { phase: string }[]) => phases.map((p) => p.phase);

describe("the phases a report or a call may state", () => {
  it("are the fire's phases in the order a fire goes through them, with extinguished as the one that means it is over", () => {
    const phases = factorPhases('fire');
    expect(names(phases).slice(0, 3)).toEqual(['smouldering', 'spreading', 'threatening']);
    expect(phases.filter((p) => p.final).map((p) => p.phase)).toEqual(['extinguished']);
  });

  it('leave out the state a poisoning only passes through to choose its course', () => {
    expect(names(factorPhases('poisoning'))).not.toContain('routing');
  });

  it("offer a food poisoning's course, not a chlorine leak's, once the team knows which it is", () => {
    expect(names(phasesToState('poisoning', 'outbreak'))).toEqual(['outbreak', 'traced', 'outbreakOver']);
    expect(names(phasesToState('poisoning', 'releasing'))).toEqual(['releasing', 'dispersing', 'allClear']);
  });

  it('offer every phase of the factor when the team knows none, and none for a factor the sim does not have', () => {
    expect(phasesToState('explosion', null)).toEqual(factorPhases('explosion'));
    expect(phasesToState('explosion', 'no-such-phase')).toEqual(factorPhases('explosion'));
    expect(factorPhases('meteor')).toEqual([]);
  });
});
