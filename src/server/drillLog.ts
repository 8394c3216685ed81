// A room's record on disk: one JSON line per thing that happened (the opening, each order with its sim time, the
// director's actions, seats, notes, the end), appended and fsync'd before anyone is told, so a server killed at any
// moment reopens the room from it. Append-only: a line once written is never changed.
import { closeSync, existsSync, fsync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, truncateSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { DirectorCommand, Note } from '../hall/protocol.ts';

export type LogLine =
  | { kind: 'opened'; pin: string; scenario: string; seed: string; speed: number; county: string; untilS?: number; directorKey: string; evaluatorKey: string; wallTime: string }
  /** `seat` null: the director's order, or with `computer` the order the computer gave as a team it held. */
  | { kind: 'order'; atS: number; seat: number | null; order: unknown; computer?: true }
  | { kind: 'director'; atS: number; command: DirectorCommand }
  | { kind: 'seat'; seat: number; team: string; tokenHash: string; label: string | null }
  | { kind: 'clock'; atS: number }
  | { kind: 'note'; note: Note }
  | { kind: 'ended'; atS: number };

export class DrillLog {
  private readonly fd: number;
  private closed = false;

  constructor(readonly path: string) {
    this.fd = openSync(path, 'a');
  }

  /** Appends a line; with `durable`, returns only once it is on the disk. */
  append(line: LogLine, durable = true): void {
    writeSync(this.fd, `${JSON.stringify(line)}\n`);
    if (durable) fsyncSync(this.fd);
  }

  /** Returns once every line appended so far is on the disk. */
  sync(): void {
    fsyncSync(this.fd);
  }

  /** Calls `done` once every line appended so far is on the disk; the fsync runs off the event loop. */
  syncLater(done: (error: Error | null) => void): void {
    if (this.closed) return done(new Error(`${this.path} is closed`));
    fsync(this.fd, done);
  }

  close(): void {
    this.closed = true;
    closeSync(this.fd);
  }
}

export function roomLogPath(folder: string, pin: string): string {
  return join(folder, `${pin}.jsonl`);
}

export function ensureFolder(folder: string): void {
  if (!existsSync(folder)) mkdirSync(folder, { recursive: true });
}

/** The lines of a room's file; a last line cut short by a crash mid-write is left out. */
export function readLog(path: string): LogLine[] {
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const out: LogLine[] = [];
  for (const [i, text] of lines.entries()) {
    try {
      out.push(JSON.parse(text) as LogLine);
    } catch (error) {
      if (i === lines.length - 1) break;
      throw new Error(`${path}: line ${i + 1} is not JSON (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  return out;
}

/** Cuts off a last line left unfinished by a crash mid-write, so that lines appended after a restart start clean. */
export function repairTail(path: string): void {
  const text = readFileSync(path, 'utf8');
  if (text === '' || text.endsWith('\n')) return;
  truncateSync(path, Buffer.byteLength(text.slice(0, text.lastIndexOf('\n') + 1)));
}

/** The PINs of rooms whose file has no end: the drills to reopen after a restart. */
export function unfinishedRooms(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((f) => /^\d{6}\.jsonl$/.test(f))
    .map((f) => f.slice(0, 6))
    .filter((pin) => !readLog(roomLogPath(folder, pin)).some((l) => l.kind === 'ended'))
    .sort();
}
