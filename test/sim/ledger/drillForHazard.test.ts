import { describe, expect, it } from 'vitest';
import { createSimulation, drillForHazard } from '../../../src/sim/index.ts';
import { scenarioDrill } from '../../support/demoDrill.ts';
import { demoLedger } from '../../support/demoLedger.ts';

describe('a drill built from a ledger item', () => {
  it('places the template incident at the hazard and runs there', () => {
    const template = scenarioDrill('scenarios/demo-elder-home-fire.json');
    const item = demoLedger().ledger.items.find((i) => i.id === 'YH-2026-003')!; // central school dormitory, fire
    const built = drillForHazard('scenarios/demo-elder-home-fire.json', template.scenario, item, template.map);
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.value.incidents[0]!.at).toEqual({ place: 'central-school' });
    expect(built.value.titleZh).toContain('YH-2026-003');
    const sim = createSimulation({ ...template, scenario: built.value });
    sim.advance(600);
    expect(sim.snapshot().incidents[0]!.status).not.toBe('pending');
  });

  it('refuses, with its reason, a template without an incident of the hazard’s factor', () => {
    const template = scenarioDrill('scenarios/demo-flood-transfer.json');
    const item = demoLedger().ledger.items.find((i) => i.id === 'YH-2026-008')!;
    const built = drillForHazard('scenarios/demo-flood-transfer.json', template.scenario, item, template.map);
    expect(built).toMatchObject({ ok: false, problems: [{ path: 'incidents', problem: expect.stringContaining('no flood incident') as string }] });
  });
});
