// Each timed TypeScript kernel run in a process of its own, as each C run is: the JIT then learns only the kernel
// it times (the drill's crowd arithmetic is never mixed with the comparison-only C arithmetic, the fire with the
// crowd), and no garbage of an earlier run is collected in a later run's timed loop. The child inherits the pinned vCPU.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { GarbageInTimedLoop } from './kernelRun.ts';
import type { CrowdArithmetic, ReferenceCrowdRun } from './referenceCrowd.ts';
import type { ReferenceFireRun } from './referenceFire.ts';

/** What one child runs: the fire workload, or the crowd workload with N agents in one arithmetic. */
export type KernelJob = { kernel: 'fire' } | { kernel: 'crowd'; agents: number; arithmetic: CrowdArithmetic };

const runner = fileURLToPath(new URL('./kernelRun.ts', import.meta.url));
/** tsx's loader, by its full address: the child reads TypeScript wherever it is started from. */
const typescriptLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** Runs `job` in a fresh Node process and returns the figures it prints. */
function inFreshProcess(job: KernelJob): unknown {
  const child = spawnSync(process.execPath, ['--import', typescriptLoader, runner, JSON.stringify(job)], { encoding: 'utf8' });
  if (child.error) throw new Error(`the ${job.kernel} kernel's run could not start: ${child.error.message}`);
  if (child.status !== 0) throw new Error(`the ${job.kernel} kernel's run stopped (exit ${child.status ?? child.signal}): ${child.stderr.trim().split('\n').slice(-3).join(' ')}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!);
}

export type FreshFireRun = ReferenceFireRun & GarbageInTimedLoop;
export type FreshCrowdRun = ReferenceCrowdRun & GarbageInTimedLoop;

export const freshFireRun = (): FreshFireRun => inFreshProcess({ kernel: 'fire' }) as FreshFireRun;

export const freshCrowdRun = (agents: number, arithmetic: CrowdArithmetic): FreshCrowdRun => inFreshProcess({ kernel: 'crowd', agents, arithmetic }) as FreshCrowdRun;
