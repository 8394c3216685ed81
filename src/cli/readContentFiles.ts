// Reads content files from disk for the command line; a missing or unreadable file is "no such file", not a crash.
import { readFileSync, statSync } from 'node:fs';
import type { ReadContent } from '../sim/index.ts';

export const readContentFiles: ReadContent = (path) => {
  try {
    if (!statSync(path).isFile()) return undefined;
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
};
