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

/** Deeper than this is no drill file: JSON this deep only comes from a file made to overflow a recursive reader. */
export const maxJsonDepth = 100;

/** True when brackets outside strings nest deeper than `limit`; one pass over the text, no recursion. */
function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

/** Where JSON.parse stopped, as a line and column, from the position in its message; never the file's own text. */
function whereParsingStopped(text: string, error: unknown): string {
  const position = error instanceof SyntaxError ? /position (\d+)/.exec(error.message) : null;
  if (!position) return '';
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  return ` (at line ${line}, column ${before.length - before.lastIndexOf('\n')})`;
}

/** Parses JSON text, rejecting empty, oversized, too deeply nested and malformed files with a readable problem. */
export function parseJsonText(file: string, text: string): Loaded<unknown> {
  const whole = (problem: string): Loaded<unknown> => ({ ok: false, problems: [{ file, path: '', problem }] });
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // a UTF-8 byte-order mark, as editors on Windows write
  if (body.trim() === '') return whole('the file is empty');
  if (body.length > maxContentBytes) return whole(`the file is too large (${body.length} bytes; at most ${maxContentBytes})`);
  if (nestsDeeperThan(body, maxJsonDepth)) return whole(`nested more than ${maxJsonDepth} levels deep`);
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (e) {
    // The engine's message quotes the start of the file, which may be anything (a password file behind a link): not shown.
    return whole(`not valid JSON${whereParsingStopped(body, e)}`);
  }
}
