import { describe, expect, it } from 'vitest';
import { give, refuse, tinySimulation, unitOf } from '../../support/tinySimulation.ts';

describe('dispatching a unit', () => {
  it('sends it along the road and reports its arrival when the trip is done', () => {
    const sim = tinySimulation();
    const [dispatched] = give(sim, { type: 'dispatchUnit', by: 'command-post', unit: 'office-team', to: { place: 'alpha' } });
    expect(dispatched).toMatchObject({ type: 'unit.dispatched', unit: 'office-team', by: 'command-post', etaS: 75 });
    expect(sim.advance(74).some((e) => e.type === 'unit.arrived')).toBe(false);
    expect(unitOf(sim, 'office-team').status).toBe('enRoute');
    expect(sim.advance(1)).toContainEqual({ type: 'unit.arrived', unit: 'office-team', target: { place: 'alpha' }, timeS: 75 });
    expect(unitOf(sim, 'office-team')).toMatchObject({ status: 'onScene', at: { xM: 500, yM: 1000 } });
  });

  it('lets a village send its own militia', () => {
    const sim = tinySimulation();
    give(sim, { type: 'dispatchUnit', by: 'alpha', unit: 'alpha-militia', to: { xM: 1000, yM: 1000 } });
    expect(unitOf(sim, 'alpha-militia').status).toBe('enRoute');
  });

  it('refuses a village sending another village’s militia', () => {
    expect(refuse(tinySimulation(), { type: 'dispatchUnit', by: 'alpha', unit: 'beta-militia', to: { place: 'alpha' } }).reason).toBe('not-your-unit');
  });

  it('refuses a unit that does not exist, a team that does not exist, and a place not on the map', () => {
    const sim = tinySimulation();
    expect(refuse(sim, { type: 'dispatchUnit', by: 'command-post', unit: 'ghost', to: { place: 'alpha' } }).reason).toBe('unknown-unit');
    expect(refuse(sim, { type: 'dispatchUnit', by: 'gamma', unit: 'office-team', to: { place: 'alpha' } }).reason).toBe('unknown-team');
    expect(refuse(sim, { type: 'dispatchUnit', by: 'command-post', unit: 'office-team', to: { place: 'atlantis' } }).reason).toBe('unknown-target');
    expect(refuse(sim, { type: 'dispatchUnit', by: 'command-post', unit: 'office-team', to: { xM: -50, yM: 10 } }).reason).toBe('target-off-map');
  });

  it('refuses sending a unit where it is already going', () => {
    const sim = tinySimulation();
    give(sim, { type: 'dispatchUnit', by: 'command-post', unit: 'office-team', to: { place: 'beta' } });
    expect(refuse(sim, { type: 'dispatchUnit', by: 'command-post', unit: 'office-team', to: { place: 'beta' } }).reason).toBe('already-there');
  });

  it('refuses a county unit that has not been requested', () => {
    expect(refuse(tinySimulation(), { type: 'dispatchUnit', by: 'command-post', unit: 'county-engine', to: { place: 'alpha' } }).reason).toBe('unit-not-on-map');
  });

  it('refuses a target that no open road or short walk reaches', () => {
    const sim = tinySimulation();
    give(sim, { type: 'closeRoad', by: 'command-post', road: 'main' });
    expect(refuse(sim, { type: 'dispatchUnit', by: 'command-post', unit: 'alpha-militia', to: { place: 'beta' } }).reason).toBe('unreachable');
  });

  it('turns a unit round mid-trip when sent elsewhere', () => {
    const sim = tinySimulation();
    give(sim, { type: 'dispatchUnit', by: 'command-post', unit: 'office-team', to: { place: 'beta' } });
    sim.advance(30);
    const [again] = give(sim, { type: 'dispatchUnit', by: 'command-post', unit: 'office-team', to: { place: 'alpha' } });
    expect(again).toMatchObject({ type: 'unit.dispatched', etaS: 105 });
  });
});

describe('recalling a unit', () => {
  it('brings it back to base and reports its return', () => {
    const sim = tinySimulation();
    give(sim, { type: 'dispatchUnit', by: 'command-post', unit: 'office-team', to: { place: 'alpha' } });
    sim.advance(75);
    const [recalled] = give(sim, { type: 'recallUnit', by: 'office', unit: 'office-team' });
    expect(recalled).toMatchObject({ type: 'unit.recalled', etaS: 75 });
    expect(sim.advance(75).map((e) => e.type)).toContain('unit.returned');
    expect(unitOf(sim, 'office-team')).toMatchObject({ status: 'atBase', target: null });
  });

  it('refuses a unit already at its base', () => {
    expect(refuse(tinySimulation(), { type: 'recallUnit', by: 'command-post', unit: 'office-team' }).reason).toBe('already-home');
  });

  it('refuses a team recalling a unit it does not command', () => {
    expect(refuse(tinySimulation(), { type: 'recallUnit', by: 'beta', unit: 'alpha-militia' }).reason).toBe('not-your-unit');
  });
});

describe('assigning a unit to a team', () => {
  it('lets the assigned team command it and stops its owner', () => {
    const sim = tinySimulation();
    expect(give(sim, { type: 'assignUnit', by: 'command-post', unit: 'office-team', team: 'alpha' })[0]).toMatchObject({ type: 'unit.assigned', team: 'alpha' });
    give(sim, { type: 'dispatchUnit', by: 'alpha', unit: 'office-team', to: { place: 'alpha' } });
    expect(refuse(sim, { type: 'recallUnit', by: 'office', unit: 'office-team' }).reason).toBe('not-your-unit');
  });

  it('is the command post’s alone', () => {
    expect(refuse(tinySimulation(), { type: 'assignUnit', by: 'alpha', unit: 'beta-militia', team: 'alpha' }).reason).toBe('command-post-only');
  });

  it('refuses assigning a unit to the team that already commands it', () => {
    expect(refuse(tinySimulation(), { type: 'assignUnit', by: 'command-post', unit: 'alpha-militia', team: 'alpha' }).reason).toBe('already-assigned');
  });
});
