// The other side of the A/B core bench: a commit's sources and content unpacked (git archive) into the git-ignored
// `.bench-ab/<commit>/`, once. Its bare imports (zod, xstate …) resolve up the folders to this tree's node_modules,
// which holds the same versions of the core's dependencies.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const abDir = resolve('.bench-ab');

/** The full id of a commit, or null when git does not know it. */
export function commitId(commit: string): string | null {
  const result = spawnSync('git', ['rev-parse', '--verify', '--quiet', `${commit}^{commit}`], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

/** The folder holding `commit`'s src/, scenarios/ and package.json, unpacked on first use. */
export function otherTree(commit: string): string {
  const dir = join(abDir, commit);
  if (existsSync(join(dir, 'src/sim/index.ts'))) return dir;
  const unpacking = `${dir}.unpacking`;
  rmSync(unpacking, { recursive: true, force: true });
  mkdirSync(unpacking, { recursive: true });
  const archive = spawnSync('sh', ['-c', `git archive --format=tar ${commit} src scenarios package.json | tar -x -C "${unpacking}"`], { encoding: 'utf8' });
  if (archive.status !== 0) throw new Error(`could not unpack ${commit} into ${unpacking}: ${archive.stderr.trim()}`);
  renameSync(unpacking, dir);
  return dir;
}

/** This tree's commit, and whether its files differ from it. */
export function thisTree(): { commit: string; changedSinceCommit: boolean } {
  const status = spawnSync('git', ['status', '--porcelain', '--untracked-files=no', '--', 'src', 'scenarios'], { encoding: 'utf8' });
  return { commit: commitId('HEAD') ?? 'unknown', changedSinceCommit: status.stdout.trim() !== '' };
}
