// One timed kernel run in a process of its own (see freshProcess.ts): the JIT warmed up on the same kernel, untimed,
// then one run on the perf-ref workload, its figures printed as a JSON line with the garbage collections that fell
// within its timed loop (a kernel that allocates nothing per step has none).
import { PerformanceObserver } from 'node:perf_hooks';
import type { KernelJob } from './freshProcess.ts';
import type { ReferenceCrowdRun } from './referenceCrowd.ts';
import { runReferenceCrowd } from './referenceCrowd.ts';
import type { ReferenceFireRun } from './referenceFire.ts';
import { runReferenceFire } from './referenceFire.ts';

/** What the C figures lack: how many garbage collections ran during the timed loop, and for how long. */
export interface GarbageInTimedLoop { garbageCollections: number; garbageCollectionMs: number }

function run(job: KernelJob): ReferenceFireRun | ReferenceCrowdRun {
  if (job.kernel === 'fire') {
    // The fire reaches its steady speed from its third run.
    runReferenceFire();
    runReferenceFire();
    return runReferenceFire();
  }
  // Short runs, then 200 steps of the job itself: the first run of a size after short warm-ups alone still ran some 10 % slow.
  for (let k = 0; k < 3; k++) runReferenceCrowd(1000, { warmupSteps: 0, steps: 100, arithmetic: job.arithmetic });
  runReferenceCrowd(job.agents, { warmupSteps: 100, steps: 100, arithmetic: job.arithmetic });
  return runReferenceCrowd(job.agents, { arithmetic: job.arithmetic });
}

const collections: { startMs: number; durationMs: number }[] = [];
const observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) collections.push({ startMs: e.startTime, durationMs: e.duration }); });
observer.observe({ entryTypes: ['gc'] });
const figures = run(JSON.parse(process.argv[2]!) as KernelJob);
// The observer hears of collections later, on a timer's turn of the event loop (not on the next turn): wait for it.
await new Promise((resolve) => setTimeout(resolve, 200));
observer.disconnect();
const inLoop = collections.filter((c) => c.startMs >= figures.timedMs.from && c.startMs < figures.timedMs.to);
const garbage: GarbageInTimedLoop = { garbageCollections: inLoop.length, garbageCollectionMs: inLoop.reduce((sum, c) => sum + c.durationMs, 0) };
process.stdout.write(`${JSON.stringify({ ...figures, ...garbage })}\n`);
