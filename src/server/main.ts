// `npm start` (after the build): the hall server on 0.0.0.0:4173 (DRILLHALL_* in the README), printing the
// addresses phones and this PC open. Bad settings exit 2 with the setting named.
import { networkInterfaces } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { hallConfigFromEnv } from './hallConfig.ts';
import type { HallConfig } from './hallConfig.ts';
import { startHallServer } from './startHallServer.ts';

function lanAddresses(): string[] {
  return Object.values(networkInterfaces()).flatMap((list) => (list ?? []).filter((a) => a.family === 'IPv4' && !a.internal).map((a) => a.address));
}

async function main(): Promise<void> {
  let config: HallConfig;
  try {
    config = hallConfigFromEnv(process.env);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  }
  if (!existsSync(join(config.distFolder, 'index.html'))) process.stderr.write(`${config.distFolder}: no built app (run npm run build): only the drill rooms are served\n`);
  const hall = await startHallServer(config);
  for (const problem of hall.problems) process.stderr.write(`${problem}\n`);
  const lines = [`DrillHall: http://127.0.0.1:${config.port}`];
  if (config.host === '0.0.0.0') for (const address of lanAddresses()) lines.push(`  phones on the hall's network: http://${address}:${config.port}`);
  lines.push(`  rooms kept in ${config.dataFolder}${hall.reopened.length > 0 ? `; reopened: ${hall.reopened.join(', ')}` : ''}`);
  if (config.redisUrl) lines.push(`  county: Redis ${config.redisUrl}${config.publicAddress ? `, this process at ${config.publicAddress}` : ''}`);
  process.stdout.write(`${lines.join('\n')}\n`);
  // DRILLHALL_STATS=<seconds>: one JSON line of the process's CPU time, heap, and how late its event loop ran (p99 and
  // max over the interval: how long a message waited for the server to be free) that often (the hall benchmark reads it).
  const statsEveryS = Number(process.env.DRILLHALL_STATS ?? 0);
  if (statsEveryS > 0) {
    const loopDelay = monitorEventLoopDelay({ resolution: 10 });
    loopDelay.enable();
    setInterval(() => {
      const cpu = process.cpuUsage();
      const memory = process.memoryUsage();
      const loop = { loopDelayP99Ms: loopDelay.percentile(99) / 1e6, loopDelayMaxMs: loopDelay.max / 1e6 };
      loopDelay.reset();
      process.stdout.write(`${JSON.stringify({ stats: { cpuMs: (cpu.user + cpu.system) / 1000, heapUsedMB: memory.heapUsed / 2 ** 20, rssMB: memory.rss / 2 ** 20, ...loop } })}\n`);
    }, statsEveryS * 1000).unref();
  }
  // Every room's file is already on disk: a shutdown that hangs (a client that never answers) is cut short.
  const stop = () => {
    setTimeout(() => process.exit(0), 2000).unref();
    void hall.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exit(1);
});
