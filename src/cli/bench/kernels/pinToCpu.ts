// Pins the bench (every thread of this process, and so the C binaries it starts) to one vCPU, as perf-ref advises:
// the host's vCPUs differ by up to 1.5× for long stretches, so TypeScript and C are compared on the same one.
import { spawnSync } from 'node:child_process';

/** Pins to `cpu` with taskset (KERNELS_CPU, default 1; empty for no pinning); returns the vCPU or why it is not pinned. */
export function pinToCpu(cpu = process.env.KERNELS_CPU ?? '1'): { pinnedCpu: number | null; note?: string } {
  if (cpu === '') return { pinnedCpu: null, note: 'not pinned (KERNELS_CPU is empty)' };
  const result = spawnSync('taskset', ['-a', '-cp', cpu, String(process.pid)], { encoding: 'utf8' });
  if (result.error || result.status !== 0) return { pinnedCpu: null, note: `not pinned: taskset -a -cp ${cpu} failed (${(result.stderr || String(result.error)).trim()})` };
  return { pinnedCpu: Number(cpu) };
}
