// The JSON file that carries rehearsals from one browser to another: a small envelope around the entries, written
// in time order and read back entry by entry, so one bad entry is named and skipped while the rest come in.
import type { EntryProblem, Rehearsal } from './rehearsalSchema.ts';
import { checkRehearsal } from './rehearsalSchema.ts';
import { maxContentBytes, parseJsonText } from '../sim/index.ts';

const file = '(file)';

export const exchangeFormat = 'drillhall-rehearsals';
export const exchangeVersion = 1;

/** The largest export file read (checked before reading it where the size is known): hundreds of rehearsals fit. */
export const maxExchangeBytes = maxContentBytes;
/** The largest one entry may be: a drill's orders are a few kilobytes; a megabyte is no rehearsal. */
export const maxEntryChars = 1024 * 1024;

/** The problem with a file of this many bytes, or null when it is small enough to read. */
export function exchangeSizeProblem(bytes: number): EntryProblem | null {
  return bytes > maxExchangeBytes ? { entry: file, field: '(size)', kind: 'fileTooLarge', problem: `the file is too large (${bytes} bytes; at most ${maxExchangeBytes})` } : null;
}

/** The export file's text: every rehearsal given, pretty-printed. */
export function exportText(rehearsals: readonly Rehearsal[], exportedAt: string): string {
  return `${JSON.stringify({ format: exchangeFormat, schemaVersion: exchangeVersion, exportedAt, rehearsals }, null, 2)}\n`;
}

export interface ParsedExchange { rehearsals: Rehearsal[]; problems: EntryProblem[] }


/** The entries of an export file that pass the checks, and a problem for each one that does not, or for the file. */
export function parseExchange(text: string): ParsedExchange {
  const tooLarge = exchangeSizeProblem(text.length);
  if (tooLarge) return { rehearsals: [], problems: [tooLarge] };
  const parsedJson = parseJsonText(file, text);
  if (!parsedJson.ok) return { rehearsals: [], problems: [{ entry: file, field: '(json)', kind: 'notJson', problem: parsedJson.problems.map((p) => p.problem).join('; ') }] };
  const json = parsedJson.value;
  const envelope = typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : null;
  if (envelope?.format !== exchangeFormat) {
    return { rehearsals: [], problems: [{ entry: file, field: 'format', kind: 'notAnExport', problem: `expected "${exchangeFormat}": this is not a DrillHall rehearsals export` }] };
  }
  if (envelope.schemaVersion !== exchangeVersion) {
    return { rehearsals: [], problems: [{ entry: file, field: 'schemaVersion', kind: 'version', problem: `expected ${exchangeVersion}, found ${JSON.stringify(envelope.schemaVersion)}` }] };
  }
  if (!Array.isArray(envelope.rehearsals)) return { rehearsals: [], problems: [{ entry: file, field: 'rehearsals', kind: 'noList', problem: 'expected a list of rehearsals' }] };
  const rehearsals: Rehearsal[] = [];
  const problems: EntryProblem[] = [];
  envelope.rehearsals.forEach((value: unknown, i) => {
    const place = `rehearsals[${i}]`;
    const chars = JSON.stringify(value)?.length ?? 0;
    if (chars > maxEntryChars) {
      problems.push({ entry: place, field: '(size)', kind: 'entryTooLarge', problem: `the entry is too large (${chars} characters; at most ${maxEntryChars}); it was skipped` });
      return;
    }
    const checked = checkRehearsal(value, place);
    if (!checked.ok) problems.push(...checked.problems);
    else if (rehearsals.some((r) => r.id === checked.rehearsal.id)) problems.push({ entry: `${place} (${checked.rehearsal.id})`, field: 'id', kind: 'sameIdInFile', problem: 'the same id appears earlier in the file; this entry was skipped' });
    else rehearsals.push(checked.rehearsal);
  });
  return { rehearsals, problems };
}
