// The doctrine loads as content: every problem names its file, field and what is wrong; a scenario without its own
// settings is played by the book.
import { describe, expect, it } from 'vitest';
import { loadDoctrine } from '../../../src/sim/index.ts';
import { fileText, readWith, scenarioDrill } from '../../support/demoDrill.ts';

const scenario = 'scenarios/demo-market-gas-leak.json';
const township = 'scenarios/doctrine/demo-township.json';

function withTownship(edit: (doctrine: Record<string, unknown>) => void) {
  const json = JSON.parse(fileText(township)) as Record<string, unknown>;
  edit(json);
  return loadDoctrine(scenario, readWith({ [township]: JSON.stringify(json) }), scenarioDrill(scenario));
}

describe('loadDoctrine', () => {
  it('loads the demo township with every rule citing a duty it lists, and no mistakes when the scenario sets none', () => {
    const loaded = loadDoctrine(scenario, readWith({}), scenarioDrill(scenario));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const duties = new Set(loaded.value.duties.map((d) => d.id));
    expect(loaded.value.rules.every((r) => duties.has(r.duty))).toBe(true);
    expect(loaded.value.mistakes).toEqual({ lateReport: 0, missingElement: 0 });
  });

  it('names the rule whose duty is not listed', () => {
    const loaded = withTownship((d) => { (d.rules as { duty: string }[])[2]!.duty = 'be-nice'; });
    expect(loaded).toEqual({ ok: false, problems: [{ file: township, path: 'rules.2.duty', problem: 'no duty "be-nice" in duties' }] });
  });

  it('names a misspelt key of a rule (strict content)', () => {
    const loaded = withTownship((d) => { (d.rules as Record<string, unknown>[])[0]!.delay = 5; });
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.problems[0]).toMatchObject({ file: township, path: 'rules.0' });
  });

  it('refuses a delay range that runs backwards', () => {
    const loaded = withTownship((d) => { (d.rules as { delayS: unknown }[])[1]!.delayS = { minS: 90, maxS: 10 }; });
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.problems[0]).toMatchObject({ file: township, path: 'rules.1.delayS.maxS', problem: 'minS must not exceed maxS' });
  });

  it('names a village of a plan that is not on the map', () => {
    const loaded = withTownship((d) => { (d.risk as { planVillages: string[] }[])[0]!.planVillages = ['atlantis']; });
    expect(loaded).toEqual({ ok: false, problems: [{ file: township, path: 'risk.0.planVillages.0', problem: 'no village "atlantis" on the map' }] });
  });

  it('takes a scenario\'s chance of mistakes from its own settings, and names an inject it does not have', () => {
    const settings = 'scenarios/doctrine/scenarios/demo-market-gas-leak.json';
    const text = (forecasts: unknown[]) => JSON.stringify({ schemaVersion: 1, scenario: 'demo-market-gas-leak', mistakes: { lateReport: 0.25 }, forecasts });
    const good = loadDoctrine(scenario, readWith({ [settings]: text([]) }), scenarioDrill(scenario));
    expect(good.ok && good.value.mistakes).toEqual({ lateReport: 0.25, missingElement: 0 });
    const bad = loadDoctrine(scenario, readWith({ [settings]: text([{ inject: 'rainstorm-warning', factor: 'flood' }]) }), scenarioDrill(scenario));
    expect(bad).toEqual({ ok: false, problems: [{ file: settings, path: 'forecasts.0.inject', problem: 'no inject "rainstorm-warning" in the scenario' }] });
  });

  it('says when the township has no doctrine', () => {
    const loaded = loadDoctrine(scenario, (p) => (p === township ? undefined : fileText(p)), scenarioDrill(scenario));
    expect(loaded).toEqual({ ok: false, problems: [{ file: township, path: '', problem: 'no such file: the township has no doctrine' }] });
  });
});
