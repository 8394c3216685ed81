// The C reference kernels of ../shared/perf-ref: built by the bench itself into the git-ignored .perf-ref/ (the
// shared folder is read-only), then run one repetition at a time so that they alternate with the TypeScript runs.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

/** The nearest `shared/perf-ref` above the project (../shared/perf-ref of a checkout, ../../shared/… of a worktree). */
function findPerfRef(): string {
  for (let dir = resolve(projectDir, '..'); ; dir = dirname(dir)) {
    if (existsSync(resolve(dir, 'shared/perf-ref/Makefile'))) return resolve(dir, 'shared/perf-ref');
    if (dirname(dir) === dir) return resolve(projectDir, '../shared/perf-ref');
  }
}

/** Where the reference lives: PERF_REF_DIR, or the nearest shared/perf-ref above the project. */
export const perfRefDir = resolve(process.env.PERF_REF_DIR ?? findPerfRef());
const binDir = resolve(projectDir, '.perf-ref/bin');
const outDir = resolve(projectDir, '.perf-ref/out');

export type CBuild = { built: true; binDir: string; compiler: string } | { built: false; reason: string };

/** Builds the C kernels with the reference's own Makefile (make skips what is up to date); says why when it cannot. */
export function buildCReference(): CBuild {
  if (!existsSync(resolve(perfRefDir, 'Makefile'))) return { built: false, reason: `no C reference at ${perfRefDir} (set PERF_REF_DIR)` };
  const gcc = spawnSync('gcc', ['--version'], { encoding: 'utf8' });
  if (gcc.error || gcc.status !== 0) return { built: false, reason: 'gcc is not installed: the C reference kernels cannot be built, so only the TypeScript figures are given' };
  const make = spawnSync('make', ['-s', '-C', perfRefDir, `BIN=${binDir}`, `OUT=${outDir}`], { encoding: 'utf8' });
  if (make.error || make.status !== 0) return { built: false, reason: `make failed: ${(make.stderr || String(make.error)).trim()}` };
  return { built: true, binDir, compiler: gcc.stdout.split('\n')[0]!.trim() };
}

/** One JSON line per workload, as the binaries print it. */
export type CFigures = Record<string, number | string | boolean>;

function runBinary(build: CBuild & { built: true }, binary: string, args: string[]): CFigures {
  const stdout = execFileSync(resolve(build.binDir, binary), args, { encoding: 'utf8' });
  return JSON.parse(stdout.trim().split('\n')[0]!) as CFigures;
}

/** One repetition of the C fire on the reference workload: `bbox` (active-box) or `full` scan, one byte at a time. */
export function runCFire(build: CBuild & { built: true }, variant: 'bbox' | 'full'): CFigures {
  return runBinary(build, 'wildfire-portable', ['--reps', '1', '--variant', variant, '--scan', 'byte']);
}

/** One repetition of the C crowd (double build) with N agents: 100 warm-up steps, 400 timed, from `seed` (perf-ref's 12345). */
export function runCCrowd(build: CBuild & { built: true }, agents: number, seed = 12345): CFigures {
  return runBinary(build, 'socialforce-double-portable', ['--reps', '1', '--warmup', '100', '--steps', '400', '--seed', String(seed), String(agents)]);
}
