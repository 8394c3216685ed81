import { describe, expect, it } from 'vitest';
import { give, refuse, tinySimulation, unitOf, villageOf } from '../../support/tinySimulation.ts';

const sixElements = {
  unit: '阿尔法村', occurredAtS: 60, place: '阿尔法村东头', scene: '民房进水', factor: 'flood',
  course: '河水漫堤', casualties: { deaths: 0, injured: 1, missing: 0 }, estimatedLossYuan: 20000, measures: '转移群众', other: '无',
};

describe('issuing a warning', () => {
  it('to the whole township reaches every village', () => {
    const sim = tinySimulation();
    const [event] = give(sim, { type: 'issueWarning', by: 'command-post', colour: 'orange', to: 'township', message: '暴雨橙色预警' });
    expect(event).toMatchObject({ type: 'warning.issued', colour: 'orange', township: true, villages: ['alpha', 'beta'] });
    expect(villageOf(sim, 'beta').warning).toBe('orange');
  });

  it('from a village reaches only that village', () => {
    const sim = tinySimulation();
    give(sim, { type: 'issueWarning', by: 'alpha', colour: 'red', to: ['alpha'], message: '立即转移' });
    expect([villageOf(sim, 'alpha').warning, villageOf(sim, 'beta').warning]).toEqual(['red', null]);
  });

  it('refuses a village warning the township or its neighbour, and an unknown colour', () => {
    const sim = tinySimulation();
    expect(refuse(sim, { type: 'issueWarning', by: 'alpha', colour: 'red', to: 'township', message: 'x' }).reason).toBe('command-post-only');
    expect(refuse(sim, { type: 'issueWarning', by: 'alpha', colour: 'red', to: ['beta'], message: 'x' }).reason).toBe('not-your-village');
    expect(refuse(sim, { type: 'issueWarning', by: 'command-post', colour: 'purple', to: 'township', message: 'x' }).reason).toBe('invalid-order');
  });
});

describe('filing a report', () => {
  it('goes from a village to the command post and from the command post to the county', () => {
    const sim = tinySimulation();
    expect(give(sim, { type: 'fileReport', by: 'alpha', kind: 'initial', elements: sixElements })[0]).toMatchObject({ type: 'report.filed', by: 'alpha', to: 'command-post', kind: 'initial' });
    expect(give(sim, { type: 'fileReport', by: 'command-post', kind: 'initial', elements: sixElements })[0]).toMatchObject({ to: 'county' });
    expect(sim.snapshot().reports.map((r) => r.id)).toEqual(['report-1', 'report-2']);
  });

  it('is recorded as filed even with elements missing, for the evaluators to judge', () => {
    const sim = tinySimulation();
    give(sim, { type: 'fileReport', by: 'alpha', kind: 'initial', elements: { place: '村东头' } });
    expect(sim.snapshot().reports[0]!.elements).toEqual({ place: '村东头' });
  });

  it('accepts a follow-up after the first report', () => {
    const sim = tinySimulation();
    give(sim, { type: 'fileReport', by: 'alpha', kind: 'initial', elements: sixElements });
    sim.advance(600);
    const followUp = { ...sixElements, casualties: { deaths: 0, injured: 3, missing: 1 } };
    expect(give(sim, { type: 'fileReport', by: 'alpha', kind: 'followUp', elements: followUp })[0]).toMatchObject({ kind: 'followUp', timeS: 600 });
  });

  it('refuses a follow-up before any first report, an unknown incident, and a misspelt element', () => {
    const sim = tinySimulation();
    expect(refuse(sim, { type: 'fileReport', by: 'alpha', kind: 'followUp', elements: sixElements }).reason).toBe('no-initial-report');
    expect(refuse(sim, { type: 'fileReport', by: 'alpha', kind: 'initial', incident: 'fire-9', elements: sixElements }).reason).toBe('unknown-incident');
    const misspelt = refuse(sim, { type: 'fileReport', by: 'alpha', kind: 'initial', elements: { casualty: 1 } });
    expect(misspelt.reason).toBe('invalid-order');
    expect(misspelt.message.en).toMatch(/casualty/);
  });
});

describe('requesting county support', () => {
  it('brings the county force in at the map edge after the scenario’s delay, heading for the command post', () => {
    const sim = tinySimulation();
    expect(give(sim, { type: 'requestCountySupport', by: 'command-post', force: 'fireRescue' })[0]).toMatchObject({ type: 'county.requested', arrivesS: 600 });
    expect(unitOf(sim, 'county-engine').status).toBe('incoming');
    const events = sim.advance(600);
    expect(events.map((e) => e.type)).toEqual(['inject.delivered', 'county.arrived', 'unit.dispatched']);
    expect(events[2]).toMatchObject({ unit: 'county-engine', target: { place: 'post' } });
  });

  it('sends the force where the request says', () => {
    const sim = tinySimulation();
    give(sim, { type: 'requestCountySupport', by: 'command-post', force: 'fireRescue', to: { place: 'alpha' } });
    expect(sim.advance(600).at(-1)).toMatchObject({ type: 'unit.dispatched', target: { place: 'alpha' } });
  });

  it('refuses a force the scenario does not offer, a second request, and a village asking', () => {
    const sim = tinySimulation();
    expect(refuse(sim, { type: 'requestCountySupport', by: 'command-post', force: 'medical' }).reason).toBe('county-force-unavailable');
    expect(refuse(sim, { type: 'requestCountySupport', by: 'alpha', force: 'fireRescue' }).reason).toBe('command-post-only');
    give(sim, { type: 'requestCountySupport', by: 'command-post', force: 'fireRescue' });
    expect(refuse(sim, { type: 'requestCountySupport', by: 'command-post', force: 'fireRescue' }).reason).toBe('county-already-requested');
  });
});

describe('setting the response level', () => {
  it('changes the level and refuses setting it to what it already is', () => {
    const sim = tinySimulation();
    expect(give(sim, { type: 'setResponseLevel', by: 'command-post', level: 'III' })[0]).toMatchObject({ type: 'response.levelSet', level: 'III' });
    expect(sim.snapshot().responseLevel).toBe('III');
    expect(refuse(sim, { type: 'setResponseLevel', by: 'command-post', level: 'III' }).reason).toBe('same-response-level');
    expect(refuse(sim, { type: 'setResponseLevel', by: 'office', level: 'II' }).reason).toBe('command-post-only');
  });
});

describe('the facilitator and injects', () => {
  it('delivers an inject to its recipient at its time', () => {
    const sim = tinySimulation();
    expect(sim.advance(119)).toEqual([]);
    expect(sim.advance(1)).toEqual([{ type: 'inject.delivered', inject: 'first-call', to: 'alpha', timeS: 120 }]);
  });

  it('can fire an inject early, skip it or defer it', () => {
    const fired = tinySimulation();
    expect(give(fired, { type: 'fireInject', by: 'facilitator', inject: 'first-call' })[0]).toMatchObject({ type: 'inject.delivered', timeS: 0 });
    expect(fired.advance(600)).toEqual([]);

    const skipped = tinySimulation();
    give(skipped, { type: 'skipInject', by: 'facilitator', inject: 'first-call' });
    expect(skipped.advance(600)).toEqual([]);

    const deferred = tinySimulation();
    give(deferred, { type: 'deferInject', by: 'facilitator', inject: 'first-call', dueS: 300 });
    expect(deferred.advance(600)).toEqual([{ type: 'inject.delivered', inject: 'first-call', to: 'alpha', timeS: 300 }]);
  });

  it('refuses a player controlling injects, an unknown inject, and one already delivered', () => {
    const sim = tinySimulation();
    expect(refuse(sim, { type: 'skipInject', by: 'command-post', inject: 'first-call' }).reason).toBe('facilitator-only');
    expect(refuse(sim, { type: 'fireInject', by: 'facilitator', inject: 'second-call' }).reason).toBe('unknown-inject');
    sim.advance(120);
    expect(refuse(sim, { type: 'skipInject', by: 'facilitator', inject: 'first-call' }).reason).toBe('inject-not-pending');
  });
});

describe('any order', () => {
  it('with an unknown type is refused with the list of order types', () => {
    const result = tinySimulation().dispatch({ type: 'launchRocket', by: 'command-post' });
    expect(result).toMatchObject({ ok: false, reason: 'invalid-order' });
    expect(!result.ok && result.params.detail).toMatch(/dispatchUnit.*evacuate/);
  });

  it('that is not an object at all is refused, not thrown', () => {
    for (const junk of [null, 42, 'evacuate', [], undefined]) expect(tinySimulation().dispatch(junk)).toMatchObject({ ok: false, reason: 'invalid-order' });
  });
});
