// The doctrine is deterministic and stands apart: the same seed gives the same record, its chances come from streams of
// its own (a drill with no doctrine team is the drill left alone), and it plays only the teams it was given.
import { describe, expect, it } from 'vitest';
import { createDoctrinePlayer, createSimulation, playWithDoctrine, stateHash } from '../../../src/sim/index.ts';
import { doctrineFor, runByDoctrine } from '../../support/doctrineRun.ts';
import { scenarioDrill } from '../../support/demoDrill.ts';

const path = 'scenarios/demo-xiling-grassland-fire.json';

function fresh(seed: number, teams?: string[]) {
  const drill = scenarioDrill(path);
  const sim = createSimulation(drill, seed);
  const player = createDoctrinePlayer(drill, doctrineFor(path), { teams: teams ?? ['command-post', 'linchaozhan', 'shangling', 'xicun', 'paichusuo', 'weishengyuan'], seed });
  playWithDoctrine(sim, player, 3600);
  return sim;
}

describe('the doctrine player', { timeout: 120_000 }, () => {
  it('gives the same orders at the same times on the same seed', () => {
    expect(fresh(7).record()).toEqual(fresh(7).record());
  });

  it('draws its delays from the seed: another seed gives the orders at other times', () => {
    const times = (seed: number) => fresh(seed).record().orders.map((o) => o.atS);
    expect(times(7)).not.toEqual(times(8));
  });

  it('with no team to play leaves the drill exactly as nobody playing it', () => {
    const drill = scenarioDrill(path);
    const alone = createSimulation(drill, 3);
    alone.advance(drill.scenario.durationS);
    const sim = createSimulation(drill, 3);
    playWithDoctrine(sim, createDoctrinePlayer(drill, doctrineFor(path), { teams: [], seed: 3 }), drill.scenario.durationS);
    expect(stateHash(sim.snapshot())).toBe(stateHash(alone.snapshot()));
    expect(sim.record().events).toEqual(alone.record().events);
  });

  it('gives orders only as the teams it plays', () => {
    const record = fresh(5, ['linchaozhan']).record();
    expect(record.orders.length).toBeGreaterThan(0);
    expect(new Set(record.orders.map((o) => o.order.by))).toEqual(new Set(['linchaozhan']));
  });

  it('decides from what a team knows: the command post does nothing before anyone tells it of the fire', () => {
    const record = runByDoctrine(path, { seed: 1, teams: ['command-post'] }).record;
    expect(record.orders).toEqual([]);
  });

  it('records a refused order and does not give it again', () => {
    // A late call to the county (the mistake at every chance) leaves the county untold when the command post asks it
    // for fire rescue: refused once, in the record by the command post, and never asked again by the same rule.
    const record = runByDoctrine(path, { seed: 1, mistakes: { lateReport: 1 } }).record;
    const asks = record.orders.filter((o) => o.order.type === 'requestCountySupport');
    expect(asks.map((o) => [o.order.by, o.rejected])).toEqual([['command-post', 'county-not-told']]);
  });
});
