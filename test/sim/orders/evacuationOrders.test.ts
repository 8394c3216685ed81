import { describe, expect, it } from 'vitest';
import { give, refuse, tinySimulation, villageOf } from '../../support/tinySimulation.ts';

const openHall = { type: 'openShelter', by: 'command-post', shelter: 'hall' };

describe('opening a shelter', () => {
  it('opens it for evacuees', () => {
    const sim = tinySimulation();
    expect(give(sim, openHall)[0]).toMatchObject({ type: 'shelter.opened', shelter: 'hall' });
    expect(sim.snapshot().shelters[0]).toMatchObject({ id: 'hall', open: true });
  });

  it('refuses a shelter already open, an unknown shelter, and any team but the command post', () => {
    const sim = tinySimulation();
    give(sim, openHall);
    expect(refuse(sim, openHall).reason).toBe('shelter-already-open');
    expect(refuse(sim, { ...openHall, shelter: 'tent' }).reason).toBe('unknown-shelter');
    expect(refuse(tinySimulation(), { ...openHall, by: 'alpha' }).reason).toBe('command-post-only');
  });
});

describe('evacuating a village', () => {
  it('moves its people to the shelter minute by minute, the vulnerable only with responders', () => {
    const sim = tinySimulation();
    give(sim, openHall);
    give(sim, { type: 'evacuate', by: 'alpha', villages: ['alpha'], shelter: 'hall' });
    sim.advance(60);
    const alpha = villageOf(sim, 'alpha');
    expect(alpha.movedCount).toBeGreaterThan(0);
    expect(alpha.movedVulnerableCount).toBe(2);
    expect(alpha.movedCount + alpha.atHomeCount + alpha.atHomeVulnerableCount).toBe(300);
  });

  it('ends with everyone in the shelter and says so', () => {
    const sim = tinySimulation();
    give(sim, openHall);
    give(sim, { type: 'evacuate', by: 'command-post', villages: ['alpha'], shelter: 'hall' });
    const done = sim.advance(3 * 3600).find((e) => e.type === 'evacuation.completed');
    expect(done).toMatchObject({ village: 'alpha', shelter: 'hall', movedCount: 300 });
    expect(sim.snapshot().shelters[0]!.occupantCount).toBe(300);
  });

  it('is quicker with more responders sent to the village', () => {
    const movedAfter = (send: boolean) => {
      const sim = tinySimulation();
      give(sim, openHall);
      if (send) give(sim, { type: 'dispatchUnit', by: 'command-post', unit: 'office-team', to: { place: 'alpha' } });
      give(sim, { type: 'evacuate', by: 'command-post', villages: ['alpha'], shelter: 'hall' });
      sim.advance(20 * 60);
      return villageOf(sim, 'alpha').movedVulnerableCount;
    };
    expect(movedAfter(true)).toBeGreaterThan(movedAfter(false));
  });

  it('stops when the shelter is full and says which', () => {
    const sim = tinySimulation();
    give(sim, openHall);
    give(sim, { type: 'evacuate', by: 'command-post', villages: ['alpha', 'beta'], shelter: 'hall' });
    const full = sim.advance(4 * 3600).filter((e) => e.type === 'shelter.full');
    expect(full.length).toBeGreaterThan(0);
    expect(sim.snapshot().shelters[0]!.occupantCount).toBe(400);
  });

  it('takes every village inside a drawn circle', () => {
    const sim = tinySimulation();
    give(sim, openHall);
    const events = give(sim, { type: 'evacuate', by: 'command-post', area: { xM: 600, yM: 1000, radiusM: 500 }, shelter: 'hall' });
    expect(events.map((e) => e.type === 'evacuation.ordered' && e.village)).toEqual(['alpha']);
  });

  it('refuses a closed shelter, a village moving another village, and an empty circle', () => {
    const sim = tinySimulation();
    expect(refuse(sim, { type: 'evacuate', by: 'command-post', villages: ['alpha'], shelter: 'hall' }).reason).toBe('shelter-closed');
    give(sim, openHall);
    expect(refuse(sim, { type: 'evacuate', by: 'alpha', villages: ['beta'], shelter: 'hall' }).reason).toBe('not-your-village');
    expect(refuse(sim, { type: 'evacuate', by: 'command-post', area: { xM: 2000, yM: 100, radiusM: 50 }, shelter: 'hall' }).reason).toBe('no-village-in-area');
    expect(refuse(sim, { type: 'evacuate', by: 'command-post', villages: ['gamma'], shelter: 'hall' }).reason).toBe('unknown-village');
  });

  it('refuses an order naming both villages and an area', () => {
    const sim = tinySimulation();
    expect(refuse(sim, { type: 'evacuate', by: 'command-post', villages: ['alpha'], area: { xM: 0, yM: 0, radiusM: 10 }, shelter: 'hall' }).reason).toBe('invalid-order');
  });

  it('refuses a village already moved out', () => {
    const sim = tinySimulation();
    give(sim, openHall);
    give(sim, { type: 'evacuate', by: 'command-post', villages: ['alpha'], shelter: 'hall' });
    sim.advance(3 * 3600);
    expect(refuse(sim, { type: 'evacuate', by: 'command-post', villages: ['alpha'], shelter: 'hall' }).reason).toBe('evacuation-done');
  });
});
