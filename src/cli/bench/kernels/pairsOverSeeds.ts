// The crowd is chaotic: two computations of one workload that round differently part within a few hundred steps, and
// from then on each run is one realisation of the crowd. So the pairs per agent-step of a single run are compared with
// perf-ref's single run only as closely as two realisations agree; over many seeds, the two models' means are compared.
import type { CBuild } from './cReference.ts';
import { runCCrowd } from './cReference.ts';
import { runReferenceCrowd } from './referenceCrowd.ts';
import { significant } from './alternatingRounds.ts';

export interface SeedStatistics { meanPairsPerAgentStep: number; sdPairsPerAgentStep: number; meanExits: number }

export interface PairsOverSeeds { agents: number; seeds: string; typescript: SeedStatistics; cDouble: SeedStatistics | null; meansDifferPct: number | null }

function statistics(runs: readonly { pairs: number; exits: number }[]): SeedStatistics {
  const mean = runs.reduce((sum, r) => sum + r.pairs, 0) / runs.length;
  const variance = runs.reduce((sum, r) => sum + (r.pairs - mean) * (r.pairs - mean), 0) / (runs.length - 1);
  return {
    meanPairsPerAgentStep: significant(mean, 5), sdPairsPerAgentStep: significant(Math.sqrt(variance), 3),
    meanExits: significant(runs.reduce((sum, r) => sum + r.exits, 0) / runs.length, 4),
  };
}

/** The crowd workload with seeds 1 … `seedCount`, TypeScript and (when built) C alternately: pairs per agent-step and exits. */
export function pairsOverSeeds(c: CBuild, agents: number, seedCount: number): PairsOverSeeds {
  const ts: { pairs: number; exits: number }[] = [];
  const cs: { pairs: number; exits: number }[] = [];
  for (let seed = 1; seed <= seedCount; seed++) {
    const run = runReferenceCrowd(agents, { seed });
    ts.push({ pairs: run.pairsPerAgentStep, exits: run.exits });
    if (c.built) {
      const figures = runCCrowd(c, agents, seed);
      cs.push({ pairs: Number(figures.pairs_per_agent_step), exits: Number(figures.exits) });
    }
  }
  const typescript = statistics(ts);
  const cDouble = c.built ? statistics(cs) : null;
  return {
    agents, seeds: `1 … ${seedCount}`, typescript, cDouble,
    meansDifferPct: cDouble ? significant((100 * (typescript.meanPairsPerAgentStep - cDouble.meanPairsPerAgentStep)) / cDouble.meanPairsPerAgentStep, 2) : null,
  };
}
