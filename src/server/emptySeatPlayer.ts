// The computer holding a team's seat: when the director lets it hold a team, the township's doctrine (issue #13)
// watches that team's view from then on and, while no phone of the team is connected, gives the team's orders through
// the room like a phone's (checked by the core, written in the room's file). It is asked only at the seconds its rules
// name, whatever the clock's steps, so a room read back from its file rebuilds the same memory: the doctrine is asked
// again at the same seconds (its answers dropped — the file already holds the orders it gave) and never gives a past
// order twice. A township without a doctrine leaves an empty seat doing nothing.
import { join } from 'node:path';
import type { Doctrine, DoctrinePlayer, DoctrineSim, Drill, Order } from '../sim/index.ts';
import { createDoctrinePlayer, formatProblems, loadDoctrine } from '../sim/index.ts';
import { readContentFiles } from '../cli/readContentFiles.ts';

/** The doctrine of a room's scenario, or null (with the reason) when the township has none or it does not load. */
export function roomDoctrine(scenariosFolder: string, scenarioId: string, drill: Drill): { doctrine: Doctrine | null; problem: string | null } {
  const loaded = loadDoctrine(join(scenariosFolder, `${scenarioId}.json`), readContentFiles, drill);
  return loaded.ok ? { doctrine: loaded.value, problem: null } : { doctrine: null, problem: formatProblems(loaded.problems) };
}

export class ComputerSeats {
  /** One player per team the computer was ever asked to hold, by team (asked in team order). */
  private readonly players = new Map<string, DoctrinePlayer>();

  constructor(private readonly drill: Drill, private readonly doctrine: Doctrine | null, private readonly seed: string) {}

  /** Starts watching a team (once; a team the doctrine has no rules for is left alone). */
  watch(team: string): void {
    if (this.doctrine === null || this.players.has(team)) return;
    const player = createDoctrinePlayer(this.drill, this.doctrine, { teams: [team], seed: this.seed });
    if (player.teams.length === 0) return;
    this.players.set(team, player);
    const sorted = [...this.players].sort(([a], [b]) => (a < b ? -1 : 1));
    this.players.clear();
    for (const [t, p] of sorted) this.players.set(t, p);
  }

  /** The next sim second at which a watched team's doctrine must be asked (Infinity when none is watched). */
  nextDueS(): number {
    return Math.min(Infinity, ...[...this.players.values()].map((p) => p.nextDueS()));
  }

  /** Every watched team's orders due now, all decided before any is given (each on the same state). */
  ordersDue(sim: DoctrineSim): { team: string; order: Order }[] {
    const nowS = sim.timeS();
    return [...this.players].flatMap(([team, player]) => (player.nextDueS() <= nowS ? player.ordersDue(sim).map((order) => ({ team, order })) : []));
  }
}
