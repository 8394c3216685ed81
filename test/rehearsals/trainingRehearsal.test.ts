// A micro-drill kept in the rehearsal log: its role score, with the verdict on each duty, passes the log's checks.
import { describe, expect, it } from 'vitest';
import { namesWith } from '../../src/i18n/names.ts';
import { rehearsalEntry } from '../../src/rehearsals/rehearsalEntry.ts';
import { checkRehearsal } from '../../src/rehearsals/rehearsalSchema.ts';
import { microDrillRun } from '../support/microDrillRun.ts';

describe('a micro-drill in the rehearsal log', { timeout: 60_000 }, () => {
  it('keeps the trainee’s role score with every duty’s verdict, and refuses a verdict it does not know', () => {
    const { sim, record, score } = microDrillRun('reporter-grass-fire-shangling', 'plan');
    const state = sim.snapshot();
    const entry = rehearsalEntry({ world: namesWith(sim.world, state.curveballs), record, state, events: record.events, score, finishedAt: '2026-12-07T16:00:00.000Z', mode: 'training', team: 'shangling' }, 'trained');
    const checked = checkRehearsal(entry, 'trained');
    expect(checked.ok).toBe(true);
    if (checked.ok) expect(checked.rehearsal.score.role?.duties.map((d) => d.verdict)).toEqual(['onTime', 'onTime']);
    const duties = score.role!.duties.map((d) => ({ ...d, verdict: 'sometime' }));
    expect(checkRehearsal({ ...entry, score: { ...entry.score, role: { team: 'shangling', duties } } }, 'trained').ok).toBe(false);
  });
});
