// One timed kernel run in a process of its own (see freshProcess.ts): the JIT warmed up on the same kernel, untimed,
// then one run on the perf-ref workload, its figures printed as a JSON line.
import type { KernelJob } from './freshProcess.ts';
import { runReferenceCrowd } from './referenceCrowd.ts';
import { runReferenceFire } from './referenceFire.ts';

function run(job: KernelJob): unknown {
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

process.stdout.write(`${JSON.stringify(run(JSON.parse(process.argv[2]!) as KernelJob))}\n`);
