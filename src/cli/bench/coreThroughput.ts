// Benchmark: how many sim seconds the headless core runs per wall second on the demo township over a two-hour
// drill with every township and village unit kept on the move, and the peak heap while it runs.
import type { Drill, Order } from '../../sim/index.ts';
import { createSimulation } from '../../sim/index.ts';

/** Every 10 sim minutes each unit on the map is sent to the next village in turn; two villages move out. */
function busyPlan(drill: Drill): { atS: number; order: Order }[] {
  const villages = drill.map.villages.map((v) => v.id);
  const units = drill.roster.units.filter((u) => u.owner !== 'county');
  const plan: { atS: number; order: Order }[] = [
    { atS: 0, order: { type: 'requestCountySupport', by: 'command-post', force: 'fireRescue' } },
    { atS: 0, order: { type: 'evacuate', by: 'command-post', villages: ['hetan'], shelter: 'shelter-school' } },
    { atS: 0, order: { type: 'evacuate', by: 'command-post', villages: ['liuwan'], shelter: 'shelter-square' } },
  ];
  for (let atS = 0, round = 0; atS < drill.scenario.durationS; atS += 600, round++) {
    units.forEach((u, i) => {
      plan.push({ atS, order: { type: 'dispatchUnit', by: 'command-post', unit: u.id, to: { place: villages[(i + round) % villages.length]! } } });
    });
  }
  return plan;
}

export function coreThroughput(drill: Drill, runs: number) {
  const plan = busyPlan(drill);
  const durationS = drill.scenario.durationS;
  const rates: number[] = [];
  let peakHeapBytes = 0;
  let accepted = 0;
  // The first run warms the JIT up and is not counted.
  for (let run = -1; run < runs; run++) {
    const sim = createSimulation(drill);
    accepted = 0;
    const started = process.hrtime.bigint();
    for (const { atS, order } of plan) {
      if (atS > sim.timeS()) {
        sim.advance(atS - sim.timeS());
        peakHeapBytes = Math.max(peakHeapBytes, process.memoryUsage().heapUsed);
      }
      if (sim.dispatch(order).ok) accepted++;
    }
    sim.advance(durationS - sim.timeS());
    const wallS = Number(process.hrtime.bigint() - started) / 1e9;
    peakHeapBytes = Math.max(peakHeapBytes, process.memoryUsage().heapUsed);
    if (run >= 0) rates.push(durationS / wallS);
  }
  rates.sort((a, b) => a - b);
  return {
    scenario: drill.scenario.id,
    drillSeconds: durationS,
    runs,
    unitsMoving: drill.roster.units.filter((u) => u.owner !== 'county').length,
    ordersAccepted: accepted,
    simSecondsPerWallSecond: { median: Math.round(rates[Math.floor(runs / 2)]!), min: Math.round(rates[0]!), max: Math.round(rates[runs - 1]!) },
    peakHeapMiB: Math.round((peakHeapBytes / 2 ** 20) * 10) / 10,
  };
}
