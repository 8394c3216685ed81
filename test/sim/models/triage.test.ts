import { describe, expect, it } from 'vitest';
import { startTriage } from '../../../src/sim/models/triage';
import type { StartObservation } from '../../../src/sim/models/triage';

/** A casualty who cannot walk but passes every RPM check: START's yellow. */
const delayed: StartObservation = {
  walks: false, breathing: true, respiratoryRate: 20, radialPulse: true, capillaryRefillS: 1, obeysCommands: true,
};

describe('startTriage', () => {
  it('tags anyone who can walk green, whatever the other signs', () => {
    expect(startTriage({ ...delayed, walks: true })).toBe('green');
    expect(startTriage({ ...delayed, walks: true, respiratoryRate: 34, obeysCommands: false })).toBe('green');
  });

  it('tags a casualty who stays apnoeic after the airway is repositioned black', () => {
    expect(startTriage({ ...delayed, breathing: false, respiratoryRate: 0, breathesAfterAirwayRepositioned: false })).toBe('black');
  });

  it('treats an unrecorded airway manoeuvre as no breathing: black', () => {
    expect(startTriage({ ...delayed, breathing: false, respiratoryRate: 0 })).toBe('black');
  });

  it('tags a casualty who starts breathing once the airway is repositioned red', () => {
    expect(startTriage({ ...delayed, breathing: false, respiratoryRate: 0, breathesAfterAirwayRepositioned: true })).toBe('red');
  });

  it('tags a respiratory rate above 30 red but exactly 30 yellow', () => {
    expect(startTriage({ ...delayed, respiratoryRate: 31 })).toBe('red');
    expect(startTriage({ ...delayed, respiratoryRate: 30 })).toBe('yellow');
  });

  it('tags a missing radial pulse red', () => {
    expect(startTriage({ ...delayed, radialPulse: false })).toBe('red');
  });

  it('tags capillary refill over 2 s red but exactly 2 s yellow', () => {
    expect(startTriage({ ...delayed, capillaryRefillS: 2.5 })).toBe('red');
    expect(startTriage({ ...delayed, capillaryRefillS: 2 })).toBe('yellow');
  });

  it('tags a casualty who cannot follow simple commands red', () => {
    expect(startTriage({ ...delayed, obeysCommands: false })).toBe('red');
  });

  it('tags a non-walker who passes respiration, perfusion and mental status yellow', () => {
    expect(startTriage(delayed)).toBe('yellow');
  });

  it('rejects a negative or NaN respiratory rate or capillary refill with a RangeError', () => {
    expect(() => startTriage({ ...delayed, respiratoryRate: -1 })).toThrow(RangeError);
    expect(() => startTriage({ ...delayed, respiratoryRate: Number.NaN })).toThrow(RangeError);
    expect(() => startTriage({ ...delayed, capillaryRefillS: -0.5 })).toThrow(RangeError);
  });
});
