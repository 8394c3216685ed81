import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../../src/sim/index.ts';
import type { IncidentReading } from '../../../src/sim/index.ts';
import { scenarioDrill } from '../../support/demoDrill.ts';
import { give } from '../../support/tinySimulation.ts';

const fire = 'xiling-grass-fire';
const drill = () => scenarioDrill('scenarios/demo-xiling-grassland-fire.json');
/** The fire grid's cell states (src/sim/incidents/fire/fireGrid.ts). */
const burning = 2;
const burnt = 3;

function wildland(reading: IncidentReading | undefined) {
  if (reading?.factor !== 'fire' || reading.kind !== 'wildland') throw new Error(`not a wildland fire's reading: ${JSON.stringify(reading)?.slice(0, 80)}`);
  return reading;
}

const cellsIn = (cells: readonly number[], state: number) => cells.flatMap((c, i) => (c === state ? [i] : []));

describe('map readings in the views', () => {
  it("the fire's reading is the burning cells the core computed", () => {
    const sim = createSimulation(drill());
    sim.advance(1200);
    const physics = sim.snapshot().incidents.find((i) => i.id === fire)!.physics as { cells: number[] };
    const reading = wildland(sim.viewOf('facilitator').readings.find((r) => r.incident === fire));
    expect(reading.burningCells.length).toBeGreaterThan(0);
    expect(reading.burningCells).toEqual(cellsIn(physics.cells, burning));
    expect(reading.burntCells).toEqual(cellsIn(physics.cells, burnt));
    sim.advance(600);
    expect(wildland(sim.viewOf('facilitator').readings[0]).burntCells.length).toBeGreaterThan(reading.burntCells.length);
  });

  it('a village that sees the smoke gets the same cells as the facilitator', () => {
    const sim = createSimulation(drill());
    sim.advance(1200);
    expect(sim.viewOf('shangling').readings).toEqual(sim.viewOf('facilitator').readings);
  });

  it('a team that was only phoned about a fire gets no reading of it', () => {
    const sim = createSimulation(drill());
    sim.advance(1200);
    expect(sim.viewOf('hetan').incidents).toEqual([]);
    give(sim, { type: 'relayInformation', by: 'shangling', to: 'hetan', incident: fire, channel: 'phone', phase: 'spreading' });
    sim.advance(120);
    const view = sim.viewOf('hetan');
    expect(view.incidents).toEqual([expect.objectContaining({ id: fire, via: 'call', toldBy: 'shangling', phase: 'spreading' })]);
    expect(view.readings).toEqual([]);
  });

  it('the command post that was told gets the reading once a unit it commands is in sight of the fire', () => {
    const sim = createSimulation(drill());
    sim.advance(600);
    give(sim, { type: 'fileReport', by: 'linchaozhan', kind: 'initial', incident: fire, elements: {} });
    expect(sim.viewOf('command-post').incidents.map((i) => i.id)).toEqual([fire]);
    expect(sim.viewOf('command-post').readings).toEqual([]);
    const unit = sim.world.drill.roster.units.find((u) => u.owner === 'paichusuo')!.id;
    give(sim, { type: 'assignUnit', by: 'command-post', unit, team: 'command-post' });
    give(sim, { type: 'dispatchUnit', by: 'command-post', unit, to: { incident: fire } });
    sim.advance(3600);
    expect(sim.viewOf('command-post').readings.map((r) => r.incident)).toEqual([fire]);
  });

  it("gives every team the same view whether the hall's views are taken together or one by one", () => {
    const sim = createSimulation(drill());
    sim.advance(1500);
    const teams = ['facilitator', 'command-post', 'shangling', 'hetan', 'linchaozhan'];
    expect(sim.viewsOf(teams)).toEqual(teams.map((team) => sim.viewOf(team)));
  });

  it('gives the same readings on the same run', () => {
    const first = createSimulation(drill());
    const second = createSimulation(drill());
    first.advance(900);
    second.advance(900);
    expect(JSON.stringify(first.viewOf('facilitator').readings)).toBe(JSON.stringify(second.viewOf('facilitator').readings));
  });
});
