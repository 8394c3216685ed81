import { describe, expect, it } from 'vitest';
import { createSimulation, stateHash } from '../../../src/sim/index.ts';
import type { SimEvent } from '../../../src/sim/index.ts';
import { ProjectorFollower } from '../../../src/ui/projector/ProjectorFollower.ts';
import type { DrillMessage } from '../../../src/ui/projector/projectorLink.ts';
import { readProjectorMessage } from '../../../src/ui/projector/projectorLink.ts';
import { publicEventVisible } from '../../../src/ui/projector/publicView.ts';
import { demoDrill, demoScenarioPath, scenarioDrill } from '../../support/demoDrill.ts';
import { demoPlan } from '../../support/demoPlan.ts';
import { teamViewOf } from '../../support/teamViewOf.ts';

function messageOf(sim: ReturnType<typeof createSimulation>, scenarioPath = demoScenarioPath): DrillMessage {
  const record = sim.record();
  return { kind: 'drill', scenarioPath, seed: record.seed, orders: record.orders.map(({ atS, order }) => ({ atS, order })), timeS: sim.timeS(), language: 'zh', paused: false };
}

describe('the projector following the facilitator', () => {
  it('reaches the same drill as the facilitator, message by message, with the same events', () => {
    const drill = demoDrill();
    const facilitator = createSimulation(drill);
    const follower = new ProjectorFollower(() => drill);
    for (const { atS, order } of demoPlan()) {
      facilitator.advance(atS - facilitator.timeS());
      follower.follow(messageOf(facilitator));
      facilitator.dispatch(order);
    }
    facilitator.advance(1800);
    expect(follower.follow(messageOf(facilitator))).toBe(true);
    expect(stateHash(follower.state()!)).toBe(stateHash(facilitator.snapshot()));
    expect(follower.events().map((e) => `${e.timeS} ${e.type}`)).toEqual(facilitator.record().events.map((e) => `${e.timeS} ${e.type}`));
  });

  it('starts afresh when the facilitator opens another drill', () => {
    const first = demoDrill();
    const secondPath = 'scenarios/demo-elder-home-fire.json';
    const second = scenarioDrill(secondPath);
    const follower = new ProjectorFollower((path) => (path === secondPath ? second : first));
    const a = createSimulation(first);
    a.advance(600);
    follower.follow(messageOf(a));
    const b = createSimulation(second);
    b.advance(120);
    follower.follow(messageOf(b, secondPath));
    expect(follower.drill()).toBe(second);
    expect(stateHash(follower.state()!)).toBe(stateHash(b.snapshot()));
  });

  it('shows nothing for a scenario this build does not have', () => {
    const follower = new ProjectorFollower(() => null);
    expect(follower.follow(messageOf(createSimulation(demoDrill())))).toBe(false);
    expect(follower.state()).toBeNull();
  });

  it('ignores anything else posted on the channel', () => {
    expect(readProjectorMessage({ kind: 'drill', scenarioPath: 'x' })).toBeNull();
    expect(readProjectorMessage('hello')).toBeNull();
    expect(readProjectorMessage({ kind: 'hello' })).toEqual({ kind: 'hello' });
  });
});

describe('what the whole hall may see', () => {
  const state = teamViewOf('command-post', { incidents: [{ id: 'fire-1', knownSinceS: 300 }] });
  const event = (e: Record<string, unknown>): SimEvent => e as unknown as SimEvent;

  it("never shows the facilitator's hand: skipped or deferred injects, a curveball being placed", () => {
    expect(publicEventVisible(event({ type: 'inject.skipped', inject: 'i', by: 'facilitator', timeS: 10 }), state)).toBe(false);
    expect(publicEventVisible(event({ type: 'inject.deferred', inject: 'i', by: 'facilitator', dueS: 900, timeS: 10 }), state)).toBe(false);
    expect(publicEventVisible(event({ type: 'incident.added', incident: 'fire-1', by: 'facilitator', timeS: 400 }), state)).toBe(false);
  });

  it("shows an incident's events only from the moment the command post learnt of it", () => {
    expect(publicEventVisible(event({ type: 'incident.phaseChanged', incident: 'fire-1', from: null, to: 'spreading', timeS: 200 }), state)).toBe(false);
    expect(publicEventVisible(event({ type: 'incident.phaseChanged', incident: 'fire-1', from: 'spreading', to: 'flashover', timeS: 320 }), state)).toBe(true);
    expect(publicEventVisible(event({ type: 'warning.issued', colour: 'red', villages: [], township: true, by: 'command-post', message: '', timeS: 10 }), state)).toBe(true);
  });

  it('keeps what a team learnt, the calls between teams and the true toll off the projector', () => {
    expect(publicEventVisible(event({ type: 'knowledge.gained', team: 'command-post', incident: 'fire-1', via: 'report', from: 'hetan', phase: null, casualties: null, lossYuan: null, timeS: 320 }), state)).toBe(false);
    expect(publicEventVisible(event({ type: 'call.placed', call: 'c1', by: 'hetan', to: 'command-post', channel: 'phone', incident: 'fire-1', dueS: 380, timeS: 320 }), state)).toBe(false);
    expect(publicEventVisible(event({ type: 'incident.casualties', incident: 'fire-1', deadCount: 2, injuredCount: 0, seriousInjuredCount: 0, missingCount: 0, timeS: 320 }), state)).toBe(false);
    expect(publicEventVisible(event({ type: 'inject.delivered', inject: 'smell', to: 'paichusuo', timeS: 320 }), state)).toBe(false);
  });
});
