// Hall servers, seats and Redis as child processes for the server tests: each on a free port, each stopped by its
// own pid, each room folder a fresh temporary one removed afterwards.
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export const tempFolder = (name: string) => mkdtempSync(join(tmpdir(), `drillhall-${name}-`));
export const removeFolder = (folder: string) => rmSync(folder, { recursive: true, force: true });

export interface Spawned { child: ChildProcess; stdout: () => string; stderr: () => string; exited: Promise<number | null> }

/** A `tsx` entry point of the repository as a child process, its output collected. */
export function spawnTsx(entry: string, args: string[], env: Record<string, string> = {}): Spawned {
  const child = spawn(process.execPath, ['--import', 'tsx', entry, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (b: Buffer) => { out += b.toString(); });
  child.stderr.on('data', (b: Buffer) => { err += b.toString(); });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, stdout: () => out, stderr: () => err, exited };
}

export async function waitFor<T>(what: string, probe: () => T | undefined | null | false, timeoutMs = 30_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export interface HallServerProcess extends Spawned { url: string; port: number }

/** `src/server/main.ts` on `port`, ready once it prints its address. */
export async function startServerProcess(port: number, dataFolder: string, env: Record<string, string> = {}): Promise<HallServerProcess> {
  const spawned = spawnTsx('src/server/main.ts', [], { DRILLHALL_PORT: String(port), DRILLHALL_HOST: '127.0.0.1', DRILLHALL_DATA: dataFolder, ...env });
  await waitFor(`the hall server on ${port} (${spawned.stderr()})`, () => spawned.stdout().includes('DrillHall: http://'));
  return { ...spawned, url: `http://127.0.0.1:${port}`, port };
}

/** Stops a child by its own pid, and waits for it. */
export async function stop(spawned: Spawned | undefined, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (!spawned || spawned.child.exitCode !== null || spawned.child.signalCode !== null) return;
  spawned.child.kill(signal);
  await spawned.exited;
}

/** A throwaway redis-server on a free port, no persistence; stopped by its pid. */
export async function startRedis(): Promise<{ url: string; process: Spawned }> {
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (b: Buffer) => { out += b.toString(); });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const spawned = { child, stdout: () => out, stderr: () => '', exited };
  await waitFor('redis-server', () => out.includes('Ready to accept connections'));
  return { url: `redis://127.0.0.1:${port}`, process: spawned };
}
