// An order's outcome is told only once its line is on the disk; orders written while an fsync is under way wait for
// the next one; the room's views go out only when no order's line is waiting for the disk.
import { describe, expect, it } from 'vitest';
import { GroupCommit } from '../../src/server/GroupCommit.ts';

function fakeDisk() {
  const pending: ((error: Error | null) => void)[] = [];
  return { pending, sync: (done: (error: Error | null) => void) => { pending.push(done); }, finish: (error: Error | null = null) => pending.shift()!(error) };
}

describe('group commit of the room\'s file', () => {
  it('tells outcomes after their fsync, batches the orders that came meanwhile, and settles once nothing waits', () => {
    const disk = fakeDisk();
    const told: string[] = [];
    const settled: string[][] = [];
    const commits = new GroupCommit(disk.sync, (teams) => settled.push([...teams].sort()));
    commits.after('hetan', () => told.push('hetan 1'));
    commits.after('paichusuo', () => told.push('paichusuo 1'));
    commits.after('hetan', () => told.push('hetan 2'));
    expect(told).toEqual([]);
    expect(commits.idle()).toBe(false);
    disk.finish();
    expect(told).toEqual(['hetan 1']);
    expect(settled).toEqual([]);
    disk.finish();
    expect(told).toEqual(['hetan 1', 'paichusuo 1', 'hetan 2']);
    expect(settled).toEqual([['hetan', 'paichusuo']]);
    expect(commits.idle()).toBe(true);
    expect(disk.pending).toHaveLength(0);
  });

  it('never tells an outcome whose fsync failed, and goes on with the next orders', () => {
    const disk = fakeDisk();
    const told: string[] = [];
    const commits = new GroupCommit(disk.sync, () => undefined);
    const errors: unknown[] = [];
    const error = console.error;
    console.error = (...args: unknown[]) => { errors.push(args); };
    try {
      commits.after('hetan', () => told.push('lost'));
      commits.after('hetan', () => told.push('kept'));
      disk.finish(new Error('EIO'));
      disk.finish();
    } finally {
      console.error = error;
    }
    expect(told).toEqual(['kept']);
    expect(errors).toHaveLength(1);
  });
});
