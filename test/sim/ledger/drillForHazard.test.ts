import { describe, expect, it } from 'vitest';
import { createSimulation, drillForHazard, drillFromLedgerItem, drillOfRecord, replay, stateHash } from '../../../src/sim/index.ts';
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

describe('drill this hazard', () => {
  const ledger = () => demoLedger().ledger.items;
  const effects = () => demoLedger().effects;

  it('places the template’s fire at the scenic area and names the hazard in the drill’s title', () => {
    const template = scenarioDrill('scenarios/demo-xiling-grassland-fire.json');
    const item = ledger().find((i) => i.id === 'YH-2026-029')!; // smoking in the scenic forest, fire
    const built = drillFromLedgerItem(template, item, ledger(), effects());
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.value.scenario.incidents.find((i) => i.factor === 'fire')!.at).toEqual({ place: 'qinglong-scenic' });
    expect(built.value.scenario.titleEn).toContain('hazard YH-2026-029');
    expect(createSimulation(built.value).record().placedAt).toMatchObject({ hazard: 'YH-2026-029', place: 'qinglong-scenic' });
  });

  it('applies the item’s own open effect, so the blocked exits slow the elder home’s evacuation in its drill', () => {
    const template = scenarioDrill('scenarios/demo-elder-home-fire.json');
    const item = ledger().find((i) => i.id === 'YH-2026-001')!;
    const built = drillFromLedgerItem(template, item, ledger(), effects());
    expect(built.ok && built.value.hazards?.map((h) => h.hazard)).toEqual(['YH-2026-001']);
  });

  it('a record of a drill built from a ledger item replays to the same state on the template it names', () => {
    const template = scenarioDrill('scenarios/demo-xiling-grassland-fire.json');
    const item = ledger().find((i) => i.id === 'YH-2026-029')!;
    const built = drillFromLedgerItem(template, item, ledger(), effects());
    if (!built.ok) throw new Error('not built');
    const live = createSimulation(built.value);
    live.advance(1800);
    const again = drillOfRecord(template, live.record());
    if (!again.ok) throw new Error('not rebuilt');
    expect(again.value.scenario.titleZh).toBe(built.value.scenario.titleZh);
    expect(stateHash(replay(again.value, live.record().seed, live.record()).snapshot())).toBe(stateHash(live.snapshot()));
    expect(stateHash(replay(template, live.record().seed, live.record()).snapshot())).not.toBe(stateHash(live.snapshot()));
  });

  it('moves the heat wave’s elderly, not its site workers, to Nanpo for a village’s heat hazard, and Nanpo’s cadres find them', () => {
    const template = scenarioDrill('scenarios/demo-heat-wave.json');
    const built = drillFromLedgerItem(template, ledger().find((i) => i.id === 'YH-2026-036')!, ledger(), effects());
    if (!built.ok) throw new Error('not built');
    const moved = built.value.scenario.incidents.find((i) => i.id === built.value.placedAt?.incident)!;
    expect(moved).toMatchObject({ id: 'heat-hetan-elderly', at: { place: 'nanpo' }, discovery: { by: 'nanpo' }, expected: { support: ['nanpo'] } });
    expect(moved.groundTruth.placeZh).toBe('南坡村');
  });

  it('puts the chlorine drill at the chemical plant with the villages near the plant at risk and the plant’s own staff finding the leak', () => {
    const template = scenarioDrill('scenarios/demo-water-plant-chlorine.json');
    const built = drillFromLedgerItem(template, ledger().find((i) => i.id === 'YH-2026-031')!, ledger(), effects());
    if (!built.ok) throw new Error('not built');
    expect(built.value.scenario.incidents[0]).toMatchObject({ at: { place: 'chem-plant' }, villagesAtRisk: ['dongcun'], discovery: { by: 'chem-plant' } });
    expect(built.value.scenario.incidents[0]!.expected.support).not.toContain('water-plant');
  });
});
