// An ordinary drill opened in the app runs with the township ledger's open hazards where they lie: the briefing names
// them, the record keeps them so the same drill comes back, and a drill where no open hazard lies is left as written.
import { describe, expect, it } from 'vitest';
import { appliedHazardLines } from '../../src/ledger/appliedHazardText.ts';
import { buildWorld, createSimulation, drillOfRecord, drillWithLedger } from '../../src/sim/index.ts';
import type { Drill, HazardItem } from '../../src/sim/index.ts';
import { scenarioDrill } from '../support/demoDrill.ts';
import { demoLedger } from '../support/demoLedger.ts';

function withLedger(path: string, items: readonly HazardItem[] = demoLedger().ledger.items): Drill {
  const applied = drillWithLedger(scenarioDrill(path), items, demoLedger().effects);
  if (!applied.ok) throw new Error(JSON.stringify(applied.problems));
  return applied.value;
}

const elderHome = 'scenarios/demo-elder-home-fire.json';

describe('the ledger’s open hazards in an ordinary drill', () => {
  it('runs the elder-home fire with its blocked fire exits, and the briefing names the hazard by number and words in both languages', () => {
    const drill = withLedger(elderHome);
    expect(drill.hazards?.map((a) => a.hazard)).toEqual(['YH-2026-001']);
    expect(drill.scenario).not.toEqual(scenarioDrill(elderHome).scenario);
    const world = buildWorld(drill);
    const [zh] = appliedHazardLines('zh', world, drill.hazards!, demoLedger().ledger.items, demoLedger().effects);
    const [en] = appliedHazardLines('en', world, drill.hazards!, demoLedger().ledger.items, demoLedger().effects);
    expect(zh).toContain('YH-2026-001 敬老院住养楼二楼安全出口被杂物和轮椅堵塞');
    expect(zh).toContain('安全出口堵塞：老人疏散变慢');
    expect(en).toContain('YH-2026-001 Fire exits on the first floor of the elder-care home blocked');
    expect(en).toContain('Blocked fire exits: residents get out more slowly');
    for (const line of [zh, en]) {
      expect(line).not.toContain('blocked-fire-exit');
      for (const incident of drill.scenario.incidents) expect(line).not.toContain(`(${incident.id})`);
    }
  });

  it('keeps the hazards in the record, so the drill rebuilt from its record is the drill that was played', () => {
    const drill = withLedger(elderHome);
    const sim = createSimulation(drill);
    sim.advance(600);
    const record = sim.record();
    expect(record.hazards?.map((a) => a.hazard)).toEqual(['YH-2026-001']);
    const rebuilt = drillOfRecord(scenarioDrill(elderHome), record);
    expect(rebuilt.ok && rebuilt.value.scenario).toEqual(drill.scenario);
  });

  it('leaves a drill where no open hazard lies as the scenario is written, with no hazards in its record', () => {
    const drill = withLedger('scenarios/demo-heat-wave.json');
    expect(drill.hazards).toEqual([]);
    expect(drill.scenario).toEqual(scenarioDrill('scenarios/demo-heat-wave.json').scenario);
    expect(createSimulation(drill).record()).not.toHaveProperty('hazards');
  });

  it('no longer applies a hazard once it is closed', () => {
    const items = demoLedger().ledger.items.map((i) => (i.id === 'YH-2026-001' ? { ...i, status: 'closed' as const } : i));
    const drill = withLedger(elderHome, items);
    expect(drill.hazards).toEqual([]);
    expect(drill.scenario).toEqual(scenarioDrill(elderHome).scenario);
  });
});
