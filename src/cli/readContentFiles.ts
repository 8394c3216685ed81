// Reads content files from disk for the command line. A missing file is "no such file" (undefined); a file that
// cannot be a drill's content — a symbolic link, a folder, one too large (checked before reading), one not in UTF-8 —
// is bad input naming the file, and its content is never quoted.
import { lstatSync, readFileSync } from 'node:fs';
import type { ReadContent } from '../sim/index.ts';
import { maxContentBytes } from '../sim/index.ts';
import { decodeText } from './decodeText.ts';
import { BadInput } from './runCli.ts';

function statOrNull(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}

export const readContentFiles: ReadContent = (path) => {
  const stat = statOrNull(path);
  if (stat === null) return undefined;
  if (stat.isSymbolicLink()) throw new BadInput(`${path}: a symbolic link: give the file itself`);
  if (!stat.isFile()) throw new BadInput(`${path}: not a file`);
  if (stat.size > maxContentBytes) throw new BadInput(`${path}: the file is too large (${stat.size} bytes; at most ${maxContentBytes})`);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new BadInput(`${path}: cannot be read (${error instanceof Error && 'code' in error ? String(error.code) : 'unreadable'})`);
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new BadInput(`${path}: ${decoded.problem}`);
  return decoded.text;
};
