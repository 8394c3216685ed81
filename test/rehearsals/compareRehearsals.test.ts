// The comparison of rehearsals of one scenario, on real scores: the market gas leak left alone twice, then run
// with its reference plan.
import { describe, expect, it } from 'vitest';
import { compareRehearsals } from '../../src/rehearsals/compareRehearsals.ts';
import type { Rehearsal } from '../../src/rehearsals/rehearsalSchema.ts';
import { demoRehearsal, marketScenario } from '../support/demoRehearsal.ts';

const idle1 = () => demoRehearsal({ id: 'idle-1', withPlan: false, finishedAt: '2026-11-02T09:00:00.000Z' });
const idle2 = () => demoRehearsal({ id: 'idle-2', withPlan: false, finishedAt: '2026-11-09T09:00:00.000Z' });
const planned = () => demoRehearsal({ id: 'planned', withPlan: true, finishedAt: '2026-11-16T09:00:00.000Z' });
const key = (f: { item: string; owner: string }) => `${f.item}/${f.owner}`;

describe('comparing rehearsals of one scenario', () => {
  it('puts the rehearsals in the order they finished, whatever order they come in', () => {
    const comparison = compareRehearsals(marketScenario, [planned(), idle2(), idle1()]);
    expect(comparison.rehearsals.map((r) => r.id)).toEqual(['idle-1', 'idle-2', 'planned']);
    expect(comparison.totals).toEqual([idle1().summary.total, idle2().summary.total, planned().summary.total]);
  });

  it('shows the total rising once the reference plan is followed', () => {
    const { totals, rehearsals } = compareRehearsals(marketScenario, [idle1(), planned()]);
    expect(totals[1]).toBeGreaterThan(totals[0]!);
    expect(rehearsals[0]!.conclusion).toBe('fail');
    expect(rehearsals[1]!.conclusion).not.toBe('fail');
  });

  it('gives each capability a share and a P/S/M/U rating per rehearsal, and marks it better or worse than the one before', () => {
    const comparison = compareRehearsals(marketScenario, [idle1(), idle2(), planned()]);
    const latest = planned().score.capabilities;
    expect(comparison.capabilities.map((c) => c.id)).toEqual(latest.map((c) => c.id));
    for (const capability of comparison.capabilities) {
      const [first, second, third] = capability.cells;
      expect(first!.change).toBeNull();
      // The same drill left alone twice on the same seed scores the same.
      if (first!.share !== null) expect(second!.change).toBe('same');
      const scored = latest.find((c) => c.id === capability.id)!;
      expect(third!.rating).toBe(scored.rating);
    }
    const improved = comparison.capabilities.filter((c) => c.cells[2]!.change === 'better');
    expect(improved.length).toBeGreaterThan(0);
    for (const c of improved) expect(c.cells[2]!.share!).toBeGreaterThan(c.cells[1]!.share!);
  });

  it('lists the vetoes of each rehearsal', () => {
    const comparison = compareRehearsals(marketScenario, [idle1(), planned()]);
    expect(comparison.rehearsals.map((r) => r.vetoes)).toEqual([idle1().summary.vetoes, planned().summary.vetoes]);
  });

  it('names the findings found in two or more rehearsals, and says which the latest one fixed', () => {
    const comparison = compareRehearsals(marketScenario, [idle1(), idle2(), planned()]);
    const inPlanned = new Set(planned().score.findings.map(key));
    const inIdle = new Set(idle1().score.findings.map(key));
    expect(comparison.recurring.map(key).sort()).toEqual([...inIdle].sort());
    const fixed = comparison.recurring.filter((f) => f.status === 'fixed');
    expect(fixed.length).toBeGreaterThan(0);
    for (const f of comparison.recurring) {
      expect(f.status === 'recurring').toBe(inPlanned.has(key(f)));
      expect(f.count).toBe(inPlanned.has(key(f)) ? 3 : 2);
      expect(f.firstSeen.id).toBe('idle-1');
      expect(f.lastSeen.id).toBe(inPlanned.has(key(f)) ? 'planned' : 'idle-2');
    }
    // The ones that keep coming back are listed before the fixed ones.
    const statuses = comparison.recurring.map((f) => f.status);
    expect(statuses).toEqual([...statuses].sort((a, b) => (a === b ? 0 : a === 'recurring' ? -1 : 1)));
  });

  it('counts a finding once per rehearsal, and not at all when it was found only once', () => {
    const once: Rehearsal = idle1();
    const doubled: Rehearsal = { ...idle2(), score: { ...idle2().score, findings: [...idle2().score.findings, ...idle2().score.findings] } };
    const comparison = compareRehearsals(marketScenario, [once, doubled]);
    expect(Math.max(...comparison.recurring.map((f) => f.count))).toBe(2);
    expect(compareRehearsals(marketScenario, [doubled]).recurring).toEqual([]);
  });

  it('leaves out rehearsals of other scenarios', () => {
    const other: Rehearsal = { ...planned(), id: 'other', scenarioId: 'demo-heat-wave' };
    expect(compareRehearsals(marketScenario, [idle1(), other]).rehearsals.map((r) => r.id)).toEqual(['idle-1']);
  });
});
