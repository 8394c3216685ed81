import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../../src/sim/index.ts';
import { nearestOpenShelter } from '../../../src/ui/seat/nearestOpenShelter.ts';
import { scenarioDrill } from '../../support/demoDrill.ts';

const drill = scenarioDrill('scenarios/training/cadre-grass-fire-elderly-shangling.json');

describe("a village's move form starts at the nearest shelter it knows to be open", () => {
  it('chooses the nearest open shelter, passing over a nearer one that is closed', () => {
    const view = createSimulation(drill).viewOf('shangling');
    // 西村 shelter is nearer Shangling but closed at the start.
    expect(view.shelters.find((s) => s.id === 'shelter-xicun')?.open).toBe(false);
    expect(nearestOpenShelter(drill.map, view, 'shangling')).toBe('shelter-square');
  });

  it('takes a shelter once the team knows it has opened', () => {
    const sim = createSimulation(drill);
    const opened = sim.dispatch({ type: 'openShelter', by: 'command-post', shelter: 'shelter-xicun' });
    expect(opened.ok).toBe(true);
    expect(nearestOpenShelter(drill.map, sim.viewOf('shangling'), 'shangling')).toBe('shelter-xicun');
  });

  it('chooses nothing for a team that is not a village', () => {
    expect(nearestOpenShelter(drill.map, createSimulation(drill).viewOf('command-post'), 'command-post')).toBe('');
  });
});
