// Orders' outcomes held until their lines of the room's file are on the disk (group commit): the orders written while
// one fsync is under way wait for the next, which covers them all. The fsync runs in Node's thread pool, not on the
// event loop, so the room's clock and the other seats' messages never wait for the disk. While any order's line is
// not yet on the disk the room is not `settled`: nothing it computes then (a view holds every order's outcome) may be
// sent; `settled` is called each time it is again, with the teams whose orders were settled meanwhile.
export type SyncLater = (done: (error: Error | null) => void) => void;

export class GroupCommit {
  private waiting: { team: string; tell: () => void }[] = [];
  private syncing = false;
  private readonly teams = new Set<string>();

  /** `sync` makes every line written so far durable. */
  constructor(private readonly sync: SyncLater, private readonly settled: (teams: ReadonlySet<string>) => void) {}

  /** Whether every order's line written so far is on the disk. */
  idle(): boolean {
    return !this.syncing && this.waiting.length === 0;
  }

  /** Runs `tell` once every line written so far is on the disk (never before). */
  after(team: string, tell: () => void): void {
    this.waiting.push({ team, tell });
    if (!this.syncing) this.start();
  }

  private start(): void {
    const batch = this.waiting;
    this.waiting = [];
    this.syncing = true;
    this.sync((error) => {
      this.syncing = false;
      if (error) {
        // Not told: an outcome is never sent for an order that may not be on the disk.
        console.error(`a room's file could not be synced: ${error.message}`);
      } else {
        for (const { team, tell } of batch) {
          tell();
          this.teams.add(team);
        }
      }
      if (this.waiting.length > 0) return this.start();
      const teams = new Set(this.teams);
      this.teams.clear();
      this.settled(teams);
    });
  }
}
