// Benchmark: the gas-leak physics — sim seconds per wall second of the market leak left alone (a blast and its
// aftermath), and blast-harm evaluations per second.
import { formatProblems, loadDrill } from '../../sim/index.ts';
import { blastHarm } from '../../sim/bench.ts';
import { readContentFiles } from '../readContentFiles.ts';
import { runDrill } from '../runDrill.ts';

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

export function explosionBench(): Record<string, unknown> {
  const drill = loadDrill('scenarios/demo-market-gas-leak.json', readContentFiles);
  if (!drill.ok) throw new Error(formatProblems(drill.problems));
  const rates: number[] = [];
  for (let run = -1; run < 5; run++) {
    const started = process.hrtime.bigint();
    runDrill({ drill: drill.value, seed: drill.value.scenario.seed, orders: [], untilS: drill.value.scenario.durationS });
    if (run >= 0) rates.push(drill.value.scenario.durationS / (Number(process.hrtime.bigint() - started) / 1e9));
  }
  const evaluations = 200_000;
  const started = process.hrtime.bigint();
  let sink = 0;
  for (let i = 0; i < evaluations; i++) sink += blastHarm(5, 5 + (i % 500)).deathProbability;
  const wallS = Number(process.hrtime.bigint() - started) / 1e9;
  return {
    scenario: drill.value.scenario.id,
    simSecondsPerWallSecond: Math.round(median(rates)),
    blastHarmEvaluationsPerSecond: Math.round(evaluations / wallS),
    checksum: Math.round(sink),
  };
}
