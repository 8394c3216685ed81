// `npm run bench -- coreab --against <commit>`: the core of this tree (A) against the core of another commit (B), on
// every demo scenario run whole with each side's own reference plan. A and B run alternately (A B, B A, A B …), each
// side in a fresh process pinned to the same vCPU (COREAB_CPU, default 1), `--rounds` rounds (default 3). Printed per
// scenario: sim seconds per CPU second of each side (each round's median sample, then their median and range), the
// change A against B (of the medians, and the range of the rounds' paired ratios) and whether A is within −15 %.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Spread } from './kernels/alternatingRounds.ts';
import { spreadOf } from './kernels/alternatingRounds.ts';
import { commitId, otherTree, thisTree } from './coreab/otherTree.ts';
import type { SideFigures } from './coreab/sideRun.ts';
import { viewScenarios } from './viewsBench.ts';

export interface CoreAbOptions { against: string; rounds: number; step: 'whole' | 'second' }

/** A may fall this much against B (issue #10: "does not fall by more than 15 %"). */
const allowedFall = -0.15;
const sideRunner = resolve('src/cli/bench/coreab/sideRun.ts');

function runSide(root: string, step: string): SideFigures[] {
  const args = ['--import', 'tsx', sideRunner, '--root', root, '--step', step, '--scenarios', viewScenarios.join(',')];
  const child = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (child.status !== 0) throw new Error(`the side run in ${root} failed: ${child.stderr.trim()}`);
  return JSON.parse(child.stdout) as SideFigures[];
}

const percent = (ratio: number) => Math.round((ratio - 1) * 1000) / 10;

function sideSpread(rounds: readonly SideFigures[][], k: number): Spread & { rounds: number[] } {
  const medians = rounds.map((side) => spreadOf(side[k]!.cpuRates).median);
  return { rounds: medians, ...spreadOf(medians) };
}

function table(rows: { scenario: string; a: Spread & { rounds: number[] }; b: Spread & { rounds: number[] }; changePct: number; roundChangePct: Spread }[]): string {
  const lines = ['| scenario | B rounds | A rounds | B median | A median | change (range of rounds) |', '|---|---|---|---|---|---|'];
  for (const r of rows) {
    lines.push(`| ${r.scenario} | ${r.b.rounds.join(' ')} | ${r.a.rounds.join(' ')} | ${r.b.median} | ${r.a.median} | ${r.changePct} % (${r.roundChangePct.min} … ${r.roundChangePct.max}) |`);
  }
  return lines.join('\n');
}

export function coreAbBench(options: CoreAbOptions): Record<string, unknown> {
  const against = commitId(options.against);
  if (against === null) throw new Error(`--against: git knows no commit "${options.against}"`);
  const b = otherTree(against);
  const a = process.cwd();
  const aRounds: SideFigures[][] = [];
  const bRounds: SideFigures[][] = [];
  for (let round = 0; round < options.rounds; round++) {
    const order = round % 2 === 0 ? (['a', 'b'] as const) : (['b', 'a'] as const);
    for (const side of order) {
      process.stderr.write(`coreab: round ${round + 1} of ${options.rounds}, ${side === 'a' ? 'this tree' : against.slice(0, 7)}\n`);
      (side === 'a' ? aRounds : bRounds).push(runSide(side === 'a' ? a : b, options.step));
    }
  }
  const rows = viewScenarios.map((scenario, k) => {
    const aSpread = sideSpread(aRounds, k);
    const bSpread = sideSpread(bRounds, k);
    const paired = aSpread.rounds.map((rate, r) => percent(rate / bSpread.rounds[r]!));
    const changePct = percent(aSpread.median / bSpread.median);
    return { scenario, a: aSpread, b: bSpread, changePct, roundChangePct: spreadOf(paired), withinAllowedFall: changePct >= allowedFall * 100 };
  });
  process.stderr.write(`${table(rows)}\n`);
  return {
    measure: 'sim seconds per CPU second of the whole drill with its plan (each round: the median of 3 samples after a warm-up)',
    step: options.step === 'second' ? 'advance(1) every sim second' : 'one advance from order to order',
    a: { tree: a, ...thisTree() },
    b: { commit: against, tree: b },
    rounds: options.rounds,
    scenarios: rows,
    allWithinAllowedFall: rows.every((r) => r.withinAllowedFall),
  };
}
