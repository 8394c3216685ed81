import { describe, expect, it } from 'vitest';
import type { TimedOrder } from '../../../src/sim/index.ts';
import { runDrill } from '../../../src/cli/runDrill.ts';
import type { CollisionPhysics } from '../../../src/sim/incidents/collision/collisionPhysics.ts';
import { accidentGrade } from '../../../src/sim/models/accidentGrade.ts';
import { scenarioDrill } from '../../support/demoDrill.ts';
import { planOrders } from '../../support/demoPlan.ts';
import { withEveryoneTold } from '../../support/toldEveryone.ts';

const scenario = 'scenarios/demo-s215-bus-crash.json';
const demoSeed = () => String(scenarioDrill(scenario).scenario.seed);
const plan = () => planOrders('scenarios/plans/demo-s215-bus-crash.json');
const action = (o: TimedOrder) => (o.order as { action?: string }).action;
const without = (...actions: string[]) => () => plan().filter((o) => !actions.includes(action(o) ?? ''));

const variants = {
  plan,
  arrivalOrder: without('transportRedFirst'),
  unsecured: without('secureScene'),
  untriaged: without('triage', 'transportRedFirst'),
  noExtrication: without('extricate'),
  nothing: () => [],
  roadClosed: () => [{ atS: 130, order: { type: 'closeRoad', by: 'jiaojing', road: 's215' } }] as TimedOrder[],
} satisfies Record<string, () => TimedOrder[]>;

const runs = new Map<string, ReturnType<typeof run>>();

function run(variant: keyof typeof variants, seed: string) {
  const drill = scenarioDrill(scenario);
  const { sim } = runDrill({ drill, seed, orders: withEveryoneTold(drill, variants[variant]()), untilS: drill.scenario.durationS });
  const incident = sim.snapshot().incidents[0]!;
  const events = sim.record().events;
  const noticeTimes = (notice: string) => events.filter((e) => e.type === 'incident.notice' && e.notice === notice).map((e) => e.timeS);
  return {
    phases: incident.phaseHistory.map((p) => p.phase),
    casualties: incident.casualties,
    grade: accidentGrade({ deaths: incident.casualties.deadCount, seriousInjuries: incident.casualties.seriousInjuredCount, directLossYuan: incident.lossYuan }),
    physics: incident.physics as CollisionPhysics,
    secondCollisionTimes: noticeTimes('secondCollision'),
    events,
  };
}

/** Each variant and seed is run once per test file. */
function outcome(variant: keyof typeof variants, seed = demoSeed()) {
  const key = `${variant}/${seed}`;
  if (!runs.has(key)) runs.set(key, run(variant, seed));
  return runs.get(key)!;
}

const seeds = ['a', 'b', 'c', 'd', 'e'];
const sum = (values: number[]) => values.reduce((n, v) => n + v, 0);
const mean = (values: number[]) => (values.length === 0 ? Infinity : sum(values) / values.length);

// Each variant and seed is a two-hour drill, run once and shared by the tests below; the first test to need one pays for it.
describe('a bus and lorry crash on the S215 bend', { timeout: 60_000 }, () => {
  it('left alone, stays unsecured, is hit again and loses more lives than with the reference plan', () => {
    const nothing = outcome('nothing');
    expect(nothing.phases).toEqual(['crash', 'unsecured']);
    expect(nothing.secondCollisionTimes.length).toBeGreaterThan(0);
    expect(nothing.casualties.deadCount).toBeGreaterThan(outcome('plan').casualties.deadCount);
  });

  it('with the reference plan is secured, triaged, emptied of casualties and cleared', () => {
    const { phases, casualties, physics, grade } = outcome('plan');
    expect(phases).toEqual(['crash', 'unsecured', 'secured', 'triage', 'transporting', 'cleared']);
    expect(physics.patients.filter((p) => p.where === 'scene' && p.category !== 'black')).toEqual([]);
    expect(casualties.deadCount + casualties.injuredCount).toBe(34);
    expect(grade).toBe('larger');
  });

  it('is never hit once the scene is secured, and is hit on most seeds when nobody secures it', () => {
    for (const seed of [demoSeed(), ...seeds]) {
      const secured = outcome('plan', seed);
      const securedAtS = secured.events.find((e) => e.type === 'incident.action' && e.action === 'secureScene')!.timeS;
      expect(secured.secondCollisionTimes.every((t) => t < securedAtS), `seed ${seed}`).toBe(true);
    }
    const hitSeeds = seeds.filter((seed) => outcome('unsecured', seed).secondCollisionTimes.length > 0);
    expect(hitSeeds.length).toBeGreaterThanOrEqual(seeds.length / 2);
    expect(sum(seeds.map((s) => outcome('unsecured', s).casualties.deadCount))).toBeGreaterThan(sum(seeds.map((s) => outcome('plan', s).casualties.deadCount)));
  });

  it('counts closing the crash road as securing the scene, even before anyone arrives', () => {
    const closed = outcome('roadClosed');
    expect(closed.phases).toEqual(['crash', 'unsecured', 'secured']);
    expect(closed.secondCollisionTimes).toEqual([]);
    expect(outcome('nothing').secondCollisionTimes.length).toBeGreaterThan(0);
  });

  it('sends red casualties first when told to, and so loses fewer lives than carrying them as they are come upon', () => {
    /** Mean time at which ambulances took casualties of a tag from the scene (the trapped, freed late, left out). */
    const leaveS = (v: 'plan' | 'arrivalOrder', tag: string) => mean(seeds.flatMap((s) => outcome(v, s).physics.patients.flatMap((p) =>
      (p.leftScene?.as === tag && p.extricationDoneS === 0 && p.unit!.includes('ambulance') ? [p.leftScene.atS] : []))));
    expect(leaveS('plan', 'red')).toBeLessThan(leaveS('plan', 'yellow') - 300);
    expect(Math.abs(leaveS('arrivalOrder', 'red') - leaveS('arrivalOrder', 'yellow'))).toBeLessThan(300);
    expect(leaveS('plan', 'red')).toBeLessThan(leaveS('arrivalOrder', 'red'));
    const dead = (v: 'plan' | 'arrivalOrder') => sum(seeds.map((s) => outcome(v, s).casualties.deadCount));
    expect(dead('plan')).toBeLessThan(dead('arrivalOrder'));
  });

  it('loses the most lives when nothing is done: every partial response does better', () => {
    const nothing = outcome('nothing').casualties.deadCount;
    for (const variant of ['plan', 'arrivalOrder', 'unsecured', 'untriaged', 'noExtrication'] as const) {
      expect(outcome(variant).casualties.deadCount, variant).toBeLessThan(nothing);
    }
  });

  it('leaves the trapped in the wreck until a rescue crew is told to cut them free', () => {
    const trapped = (v: 'plan' | 'noExtrication') => outcome(v).physics.patients.filter((p) => p.trapped && p.category !== 'black').length;
    expect(outcome('plan').physics.patients.some((p) => p.extricationDoneS > 0)).toBe(true);
    expect(trapped('noExtrication')).toBeGreaterThan(0);
    expect(trapped('plan')).toBe(0);
    expect(outcome('noExtrication').phases).not.toContain('cleared');
  });

  it('sends the walking wounded by school bus once triage directs them; without triage they fill ambulances', () => {
    const carriedGreen = (v: 'plan' | 'untriaged', unit: (id: string) => boolean) =>
      outcome(v).physics.patients.filter((p) => p.leftScene?.as === 'green' && unit(p.unit!)).length;
    expect(carriedGreen('plan', (u) => u === 'zxx-school-bus')).toBeGreaterThan(10);
    expect(carriedGreen('untriaged', (u) => u === 'zxx-school-bus')).toBe(0);
    expect(carriedGreen('untriaged', (u) => u.includes('ambulance'))).toBeGreaterThan(carriedGreen('plan', (u) => u.includes('ambulance')) + 3);
  });

  it('drives casualties to the clinic while it has room, then on past the county entry to the hospital', () => {
    const { physics, events } = outcome('plan');
    expect(physics.patients.filter((p) => p.where === 'clinic' && p.category !== 'green').length).toBeLessThanOrEqual(8);
    expect(physics.patients.some((p) => p.where === 'county')).toBe(true);
    expect(events.some((e) => e.type === 'unit.dispatched' && 'place' in e.target && e.target.place === 'west-entry')).toBe(true);
  });

  it('runs the same way twice on the same seed', () => {
    expect(run('plan', 'a').physics).toEqual(outcome('plan', 'a').physics);
  });
});
