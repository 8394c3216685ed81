// Writes a file the user asked for (`--save-record FILE`): a folder that is missing, a disk that is full or a place
// not allowed is bad input naming the option and the path, never a stack trace. The folder is checked before the
// drill runs, so a long drill is not computed only to be lost.
import { statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { BadInput } from './runCli.ts';

const reasons: Record<string, string> = {
  ENOENT: 'no such folder',
  ENOTDIR: 'no such folder',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'not allowed to write there',
  EPERM: 'not allowed to write there',
  EROFS: 'the disk is read-only',
  EISDIR: 'a folder, not a file',
};

function reasonOf(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  return Object.hasOwn(reasons, code) ? reasons[code]! : `cannot be written (${code || 'unknown error'})`;
}

/** Throws BadInput unless the folder the file goes in exists. */
export function checkOutputFolder(option: string, path: string): void {
  let folder;
  try {
    folder = statSync(dirname(path));
  } catch (error) {
    throw new BadInput(`${option}: ${path}: ${reasonOf(error)}`);
  }
  if (!folder.isDirectory()) throw new BadInput(`${option}: ${path}: no such folder`);
}

export function writeOutputFile(option: string, path: string, text: string): void {
  try {
    writeFileSync(path, text);
  } catch (error) {
    throw new BadInput(`${option}: ${path}: ${reasonOf(error)}`);
  }
}
