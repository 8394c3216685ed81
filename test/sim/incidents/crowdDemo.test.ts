import { describe, expect, it } from 'vitest';
import { runDrill } from '../../../src/cli/runDrill.ts';
import { CrowdSite } from '../../../src/sim/incidents/crowd/crowdSite.ts';
import type { CrowdPhysics } from '../../../src/sim/incidents/crowd/crowdPhysics.ts';
import type { CrowdSpec } from '../../../src/sim/incidents/crowd/crowdSpec.ts';
import { createSimulation, formatProblems, loadDrill } from '../../../src/sim/index.ts';
import { fileText, readWith, scenarioDrill } from '../../support/demoDrill.ts';
import { planOrders } from '../../support/demoPlan.ts';

const scenario = 'scenarios/demo-temple-fair-crush.json';

function run(withPlan: boolean, untilS: number) {
  const drill = scenarioDrill(scenario);
  const orders = withPlan ? planOrders('scenarios/plans/demo-temple-fair-crush.json') : [];
  const { sim, log } = runDrill({ drill, seed: drill.scenario.seed, orders, untilS });
  const incident = sim.snapshot().incidents[0]!;
  return { incident, physics: incident.physics as CrowdPhysics, log };
}

describe('the temple-fair demo', () => {
  it('embeds the forecourt plan kept in scenarios/sites, and that file is a valid site plan', () => {
    const kept = CrowdSite.parse(JSON.parse(fileText('scenarios/sites/miaohui-square.json')));
    const spec = scenarioDrill(scenario).scenario.incidents[0] as CrowdSpec;
    expect(spec.site).toEqual(kept);
  });

  it('starts with 150 people before the gate, or with the square’s 300 occupants on the map when it does not say', () => {
    const people = (physics: CrowdPhysics) => physics.agents.xM.length + physics.throughBottleneckCount + physics.leftCount - physics.enteredCount;
    expect(people(run(false, 0).physics)).toBe(150);
    const text = JSON.parse(fileText(scenario)) as { incidents: Record<string, unknown>[] };
    delete text.incidents[0]!.initialCount;
    const loaded = loadDrill(scenario, readWith({ [scenario]: JSON.stringify(text) }));
    if (!loaded.ok) throw new Error(formatProblems(loaded.problems));
    expect(loaded.value.map.facilities.find((f) => f.id === 'miaohui-square')?.occupants).toBe(300);
    const physics = createSimulation(loaded.value).snapshot().incidents[0]!.physics as CrowdPhysics;
    expect(people(physics)).toBe(300);
  });

  it('with the reference plan, clears the forecourt with nobody hurt, where doing nothing leaves it packed past the crush density', () => {
    const planned = run(true, 600);
    expect(planned.log.filter((l) => l.kind === 'rejected')).toEqual([]);
    expect(planned.incident.status).toBe('ended');
    expect(planned.incident.phase).toBe('clear');
    expect(planned.incident.casualties).toMatchObject({ deadCount: 0, injuredCount: 0 });
    const nothing = run(false, 600);
    expect(nothing.incident.status).toBe('active');
    expect(nothing.incident.phaseHistory.map((p) => p.phase)).toContain('critical');
    expect(nothing.physics.peakDensityPerM2).toBeGreaterThan(5);
    expect(nothing.physics.agents.xM.length).toBeGreaterThan(3 * planned.physics.agents.xM.length + 300);
  });
});
