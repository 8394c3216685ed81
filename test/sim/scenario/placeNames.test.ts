import { describe, expect, it } from 'vitest';
import type { ScenarioInput } from '../../../src/sim/scenario/scenarioSchema.ts';
import { loadDrill, loadReferencePlan, parseOrdersFile } from '../../../src/sim/index.ts';
import { fileText, readWith } from '../../support/demoDrill.ts';

const path = 'scenarios/demo-s215-bus-crash.json';
const planPath = 'scenarios/plans/demo-s215-bus-crash.json';

type InjectInput = NonNullable<ScenarioInput['injects']>[number];

/** The bus crash with its first inject changed as `change` says. */
function withFirstInject(change: (inject: InjectInput) => void) {
  const scenario = JSON.parse(fileText(path)) as ScenarioInput;
  change(scenario.injects![0]!);
  return loadDrill(path, readWith({ [path]: JSON.stringify(scenario) }));
}

describe('an inject that names its incident’s place', () => {
  it('is refused with an unknown placeholder, naming the file, the inject and the field', () => {
    const loaded = withFirstInject((inject) => { inject.messageEn = 'A 122 call: at {road} a bus and a lorry have collided.'; });
    expect(loaded.ok).toBe(false);
    expect(!loaded.ok && loaded.problems).toContainEqual({ file: path, path: 'injects.0.messageEn', problem: 'inject "call-122": unknown placeholder "{road}": write the incident\'s place as {place} or {place:the place as written}' });
  });

  it('is refused when a brace is left open or the place written is empty', () => {
    const open = withFirstInject((inject) => { inject.messageZh = '122转警：{place:S215鹰嘴弯一辆客车与货车相撞'; });
    expect(!open.ok && open.problems.map((p) => p.path)).toEqual(['injects.0.messageZh']);
    const empty = withFirstInject((inject) => { inject.expectedActionZh = '立即赶赴{place: }'; });
    expect(!empty.ok && empty.problems[0]).toMatchObject({ path: 'injects.0.expectedActionZh', problem: 'inject "call-122": "{place:}" must write the place between ":" and "}"' });
  });

  it('is refused when the inject is about no incident, since no place can be named', () => {
    const loaded = withFirstInject((inject) => { delete inject.incident; });
    expect(!loaded.ok && loaded.problems).toContainEqual({ file: path, path: 'injects.0.messageZh', problem: 'inject "call-122" names its incident\'s place but is about no incident (give it "incident")' });
  });

  it('is refused in an incident’s title with an unknown placeholder, naming the incident and the field', () => {
    const scenario = JSON.parse(fileText(path)) as ScenarioInput;
    scenario.incidents![0]!.titleZh = '{地点}客车货车相撞';
    const loaded = loadDrill(path, readWith({ [path]: JSON.stringify(scenario) }));
    expect(!loaded.ok && loaded.problems).toEqual([{ file: path, path: 'incidents.0.titleZh', problem: 'incident "s215-bus-crash": unknown placeholder "{地点}": write the incident\'s place as {place} or {place:the place as written}' }]);
  });

  it('says the incident’s own name for {place}, in Chinese and in English', () => {
    const loaded = withFirstInject((inject) => { inject.messageZh = '122转警：{place}发生事故。'; inject.messageEn = 'A 122 call: a crash at {place}.'; });
    if (!loaded.ok) throw new Error('the scenario does not load');
    expect(loaded.value.scenario.injects[0]).toMatchObject({ messageZh: '122转警：省道S215鹰嘴弯（西村以东约2公里）发生事故。', messageEn: 'A 122 call: a crash at S215 Eagle-beak bend, about 2 km east of Xicun.' });
  });
});

describe('a briefing that names its incident’s place', () => {
  it('is refused in a scenario of no incident, since it cannot say whose', () => {
    const transfer = 'scenarios/demo-flood-transfer.json';
    const scenario = JSON.parse(fileText(transfer)) as ScenarioInput;
    scenario.briefingEn = `{place:Hetan}: ${scenario.briefingEn}`;
    const loaded = loadDrill(transfer, readWith({ [transfer]: JSON.stringify(scenario) }));
    expect(!loaded.ok && loaded.problems).toEqual([{ file: transfer, path: 'briefingEn', problem: 'the briefing names its first incident\'s place, but the scenario has no incident' }]);
  });
});

describe('a plan’s report that names its incident’s place', () => {
  it('is refused with an unknown placeholder, naming the plan, the order and the element', () => {
    const drill = loadDrill(path, readWith({}));
    if (!drill.ok) throw new Error('the scenario does not load');
    const plan = fileText(planPath).replace('"place": "{place:省道S215鹰嘴弯}"', '"place": "{地点}"');
    const loaded = loadReferencePlan(drill.value, readWith({ [planPath]: plan }));
    expect(!loaded.ok && loaded.problems).toEqual([{ file: planPath, path: '3.order.elements.place', problem: 'unknown placeholder "{地点}": write the incident\'s place as {place} or {place:the place as written}' }]);
  });

  it('says the incident’s name for {place} when read for its drill, and is refused naming the element when read without one', () => {
    const drill = loadDrill(path, readWith({}));
    if (!drill.ok) throw new Error('the scenario does not load');
    const plan = fileText(planPath).replace('"place": "{place:省道S215鹰嘴弯}"', '"place": "{place}"');
    const loaded = loadReferencePlan(drill.value, readWith({ [planPath]: plan }));
    const first = loaded.ok ? loaded.value?.find((o) => o.order.type === 'fileReport') : undefined;
    expect(first?.order.type === 'fileReport' && first.order.elements.place).toBe('省道S215鹰嘴弯（西村以东约2公里）');
    const alone = parseOrdersFile(planPath, plan);
    expect(!alone.ok && alone.problems).toEqual([{ file: planPath, path: '3.order.elements.place', problem: 'names the place of "s215-bus-crash", which only the drill can name: write {place:the place}' }]);
  });
});
