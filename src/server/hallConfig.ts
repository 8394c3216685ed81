// Where a hall server keeps its rooms' files and finds its content, read from the environment (README: In the hall).
import { resolve } from 'node:path';

export interface HallConfig {
  /** Room files (`<pin>.jsonl`), one folder per server process. */
  dataFolder: string;
  scenariosFolder: string;
  /** The built app served over HTTP. */
  distFolder: string;
  host: string;
  port: number;
  /** Redis for a county drill across processes (`redis://127.0.0.1:6379`); none: one process, in memory. */
  redisUrl: string | null;
  /** host:port the seats of this process's rooms connect to, when several processes share a county address. */
  publicAddress: string | null;
}

export function hallConfigFromEnv(env: NodeJS.ProcessEnv): HallConfig {
  const port = Number(env.DRILLHALL_PORT ?? 4173);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) throw new Error(`DRILLHALL_PORT: must be a port number (got "${env.DRILLHALL_PORT}")`);
  return {
    dataFolder: resolve(env.DRILLHALL_DATA ?? 'data/rooms'),
    scenariosFolder: resolve(env.DRILLHALL_SCENARIOS ?? 'scenarios'),
    distFolder: resolve(env.DRILLHALL_DIST ?? 'dist'),
    host: env.DRILLHALL_HOST ?? '0.0.0.0',
    port,
    redisUrl: env.DRILLHALL_REDIS || null,
    publicAddress: env.DRILLHALL_PUBLIC_ADDRESS || null,
  };
}
