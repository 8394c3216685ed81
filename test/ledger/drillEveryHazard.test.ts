import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/cli/readContentFiles.ts';
import type { HazardDrillRefusal } from '../../src/ledger/hazardDrillRefusal.ts';
import { hazardDrillRefusalText } from '../../src/ledger/hazardDrillRefusal.ts';
import { loadTemplates, templateFor, templateScenarioPath } from '../../src/ledger/planContent.ts';
import type { HazardItem } from '../../src/sim/index.ts';
import { createSimulation, drillFromLedgerItem, formatProblems, isPlaced, placeHazard } from '../../src/sim/index.ts';
import { nearestOnPolyline } from '../../src/sim/world/polylines.ts';
import { mapObjects } from '../../src/sim/world/townshipMap.ts';
import { scenarioDrill } from '../support/demoDrill.ts';
import { demoLedger } from '../support/demoLedger.ts';
import { demoLedgerNames } from '../support/ledgerSheetNames.ts';

function templates() {
  const loaded = loadTemplates(readContentFiles);
  if (!loaded.ok) throw new Error(formatProblems(loaded.problems));
  return loaded.value;
}

const templateDrill = (item: HazardItem) => {
  const template = templateFor(templates(), item.domain, item.factor);
  return template ? scenarioDrill(templateScenarioPath(template)) : null;
};

describe('drilling every hazard of the demo ledger', { timeout: 120_000 }, () => {
  it('builds and starts a drill for every item, its incident at the hazard: at its place, or on its road, or on the road beside it', () => {
    const { ledger, effects } = demoLedger();
    const notDrilled: string[] = [];
    for (const item of ledger.items) {
      const template = templateDrill(item);
      const built = template ? drillFromLedgerItem(template, item, ledger.items, effects) : null;
      if (!template || !built?.ok) { notDrilled.push(item.id); continue; }
      const incident = built.value.scenario.incidents.find((i) => i.id === built.value.placedAt?.incident)!;
      expect(incident.factor, item.id).toBe(item.factor);
      const road = template.map.roads.find((r) => r.id === item.place);
      const objectAt = mapObjects(template.map).get(item.place)?.at;
      if (incident.factor === 'collision') {
        const crashRoad = template.map.roads.find((r) => r.id === incident.road)!;
        const point = 'xM' in incident.at ? incident.at : mapObjects(template.map).get(incident.at.place)!.at;
        expect(nearestOnPolyline(crashRoad.pointsM, point).distanceM, item.id).toBeLessThan(1);
        if (road) expect(incident.road, item.id).toBe(item.place);
        else expect(nearestOnPolyline(crashRoad.pointsM, objectAt!).distanceM, item.id).toBeLessThanOrEqual(150);
      } else {
        expect(incident.at, item.id).toEqual({ place: item.place });
      }
      expect(built.value.placedAt?.hazard, item.id).toBe(item.id);
      const sim = createSimulation(built.value);
      sim.advance(300);
      expect(sim.snapshot().incidents.find((i) => i.id === incident.id)?.status, item.id).not.toBe('pending');
    }
    expect(notDrilled).toEqual([]);
  });
});

describe('a hazard that cannot be drilled', () => {
  const item = (changes: Partial<HazardItem>): HazardItem => ({ ...demoLedger().ledger.items.find((i) => i.id === 'YH-2026-019')!, ...changes });
  const words = (hazard: HazardItem) => {
    const template = templateDrill(hazard);
    const placed = template ? placeHazard(template.scenario, hazard, template.map) : null;
    if (placed && isPlaced(placed)) throw new Error('it was placed');
    const why: HazardDrillRefusal = placed ?? { refused: 'noTemplate' };
    return (['zh', 'en'] as const).map((language) => hazardDrillRefusalText(language, hazard, why, demoLedgerNames(), template?.scenario));
  };

  it('says a crash at the coal mine has no road within 150 m of it, naming the item and the mine in both languages', () => {
    const [zh, en] = words(item({ place: 'beishan-mine' }));
    expect(zh).toContain('隐患 YH-2026-019');
    expect(zh).toContain('北山煤矿');
    expect(zh).toContain('150 米内没有道路');
    expect(en).toContain('Hazard YH-2026-019');
    expect(en).toContain('no road within 150 m of “Beishan Coal Mine”');
    expect(`${zh} ${en}`).not.toContain('beishan-mine');
  });

  it('says a fire cannot stand on a road, naming the template it would have used', () => {
    const [zh, en] = words(item({ domain: 'floodAndFirePrevention', factor: 'fire', place: 'road-mine' }));
    expect(zh).toContain('“北山煤矿运输路”不是单位、村庄或地点');
    expect(en).toContain('“Beishan mine haul road” is not a facility, village or named point');
    expect(en).toContain('Xiling');
    expect(`${zh} ${en}`).not.toContain('road-mine');
  });

  it('says the township has no template for the domain and factor, by their names', () => {
    const [zh, en] = words(item({ domain: 'gas', factor: 'heat' }));
    expect(zh).toContain('没有“燃气”领域“中暑”的演练模板');
    expect(en).toMatch(/no drill template for gas and heat/i);
  });
});
