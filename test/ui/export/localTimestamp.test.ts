import { describe, expect, it } from 'vitest';
import { inLocalTime } from '../../../src/ui/export/localTimestamp.ts';

describe('local timestamps', () => {
  it('turn a UTC instant into the hall’s wall clock with its offset', () => {
    expect(inLocalTime('2026-07-15T08:05:42.123Z', 480)).toBe('2026-07-15T16:05:42+08:00');
    expect(inLocalTime('2026-07-15T20:30:00Z', 480)).toBe('2026-07-16T04:30:00+08:00');
    expect(inLocalTime('2026-07-15T02:00:00Z', -330)).toBe('2026-07-14T20:30:00-05:30');
  });

  it('leave an unreadable timestamp as it was', () => {
    expect(inLocalTime('not a time', 480)).toBe('not a time');
  });
});
