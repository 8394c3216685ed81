// Problems found in content files, as values that name the file, the field path and the problem.
import type { z } from 'zod';

export interface ContentProblem {
  file: string;
  /** Dotted path to the field, e.g. `injects.2.atS`; empty for the whole file. */
  path: string;
  problem: string;
}

export type Loaded<T> = { ok: true; value: T } | { ok: false; problems: ContentProblem[] };

/** One line a person can act on: `file: path: problem`. */
export function formatProblem(p: ContentProblem): string {
  return p.path ? `${p.file}: ${p.path}: ${p.problem}` : `${p.file}: ${p.problem}`;
}

export function formatProblems(problems: readonly ContentProblem[]): string {
  return problems.map(formatProblem).join('\n');
}

export function pathOf(segments: readonly PropertyKey[]): string {
  return segments.map((s) => String(s)).join('.');
}

/** Turns zod issues into problems, keeping at most `limit` so a broken file cannot flood the screen. */
export function problemsFromZod(file: string, error: z.ZodError, limit = 20): ContentProblem[] {
  return error.issues.slice(0, limit).map((issue) => ({ file, path: pathOf(issue.path), problem: issue.message }));
}

/** The largest content file accepted; a bigger one is almost certainly not a drill file. */
export const maxContentBytes = 8 * 1024 * 1024;

/** Parses JSON text, rejecting empty, oversized and malformed files with a readable problem. */
export function parseJsonText(file: string, text: string): Loaded<unknown> {
  if (text.trim() === '') return { ok: false, problems: [{ file, path: '', problem: 'the file is empty' }] };
  if (text.length > maxContentBytes) {
    return { ok: false, problems: [{ file, path: '', problem: `the file is too large (${text.length} bytes; at most ${maxContentBytes})` }] };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const reason = e instanceof SyntaxError ? e.message : 'unreadable';
    return { ok: false, problems: [{ file, path: '', problem: `not valid JSON (${reason})` }] };
  }
}
