// The doctrine player: the computer playing the teams nobody plays, by the township's doctrine. Each team looks at
// its own view (what it knows, not the truth) every `lookEveryS`; a rule whose trigger it sees arms once per subject
// and falls due after a delay drawn from the rule's range on the team's own seeded stream — derived from the drill's
// seed and the team, so the simulation's streams never move. A due rule becomes orders given through the same
// dispatch, authority and refusals as a person's; a refused order is in the record and is not given again.
import seedrandom from 'seedrandom';
import type { Order } from '../orders/order.ts';
import type { Drill } from '../scenario/loadDrill.ts';
import type { ReportElements } from '../state/reportElements.ts';
import type { TeamView } from '../knowledge/teamView.ts';
import type { World } from '../world/world.ts';
import { buildWorld } from '../world/world.ts';
import type { Doctrine, DoctrineRule, MistakeKind, Mistakes } from './doctrineSchema.ts';
import { ordersFromTemplate } from './ordersFromTemplate.ts';
import type { Subject } from './ruleSubjects.ts';
import { ruleSubjects } from './ruleSubjects.ts';
import { teamKindOf } from './teamKind.ts';

/** What the player needs of a running drill: its clock, its world (with the curveballs added so far) and each team's view. */
export interface DoctrineSim { timeS(): number; viewOf(team: string): TeamView; readonly world: World }

export interface DoctrinePlayer {
  /** The teams it plays, in the order given. */
  readonly teams: readonly string[];
  /** The next sim second at which it may give an order (a look or an armed rule falling due). */
  nextDueS(): number;
  /** The orders due now, in team then arming order; call at every second `nextDueS` names (or more often). */
  ordersDue(sim: DoctrineSim): Order[];
}

interface Armed { team: string; rule: DoctrineRule; subject: Subject; dueS: number; leaveOut: keyof ReportElements | null }

/** Elements a 漏报 may leave out (casualties and loss are filled from what the reporter knows). */
const omittable = ['unit', 'occurredAtS', 'place', 'scene', 'course', 'measures'] as const;

export interface DoctrineOptions {
  /** The teams the doctrine plays (command-post, stations, villages, enterprises). */
  teams: readonly string[];
  /** The drill's seed (the streams are derived from it and each team); the scenario's when absent. */
  seed?: string | number;
  /** Overrides the scenario's chances of mistakes (by the book when neither says). */
  mistakes?: Partial<Mistakes>;
}

/** Checks the teams: each must be one the doctrine has rules for. Returns the first unknown one, or null. */
export function unknownDoctrineTeam(drill: Drill, teams: readonly string[]): string | null {
  const world = buildWorld(drill);
  return teams.find((t) => teamKindOf(world, t) === null) ?? null;
}

export function createDoctrinePlayer(drill: Drill, doctrine: Doctrine, options: DoctrineOptions): DoctrinePlayer {
  const world = buildWorld(drill);
  const seed = String(options.seed ?? drill.scenario.seed);
  const mistakes: Mistakes = { ...doctrine.mistakes, ...options.mistakes };
  const teams = options.teams.filter((t) => teamKindOf(world, t) !== null);
  const plays = teams.map((team) => ({
    team,
    rules: doctrine.rules.filter((r) => r.teams.includes(teamKindOf(world, team)!)),
    random: seedrandom(`${seed}/doctrine/${team}`),
  }));
  const seen = new Set<string>();
  /** How each team first learnt of each incident, by `team|incident`: a call after its own sighting keeps it first-hand. */
  const firstVia = new Map<string, string>();
  let armed: Armed[] = [];
  let nextLookS = 0;

  const draw = (random: () => number, minS: number, maxS: number) => minS + Math.floor(random() * (maxS - minS + 1));

  /** Whether a mistake the rule allows happens now; nothing is drawn when it cannot (by the book stays by the book). */
  const chance = (random: () => number, rule: DoctrineRule, kind: MistakeKind) => mistakes[kind] > 0 && rule.mistakes.includes(kind) && random() < mistakes[kind];

  function arm(play: (typeof plays)[number], rule: DoctrineRule, subject: Subject, nowS: number): void {
    let dueS = nowS + draw(play.random, rule.delayS.minS, rule.delayS.maxS);
    let leaveOut: Armed['leaveOut'] = null;
    if (chance(play.random, rule, 'lateReport')) dueS += draw(play.random, doctrine.lateByS.minS, doctrine.lateByS.maxS);
    if (chance(play.random, rule, 'missingElement')) leaveOut = omittable[Math.floor(play.random() * omittable.length)]!;
    armed.push({ team: play.team, rule, subject, dueS, leaveOut });
  }

  function look(sim: DoctrineSim, nowS: number): void {
    const world = sim.world;
    for (const play of plays) {
      const view = sim.viewOf(play.team);
      for (const incident of view.incidents) if (!firstVia.has(`${play.team}|${incident.id}`)) firstVia.set(`${play.team}|${incident.id}`, incident.via);
      const firstLearnt = (incident: { id: string; via: string }) => firstVia.get(`${play.team}|${incident.id}`) ?? incident.via;
      for (const rule of play.rules) {
        for (const subject of ruleSubjects(world, doctrine, rule, view, firstLearnt)) {
          const key = `${play.team}|${rule.id}|${subject.key}`;
          if (seen.has(key)) continue;
          seen.add(key);
          arm(play, rule, subject, nowS);
        }
      }
    }
  }

  return {
    teams,
    nextDueS: () => Math.min(nextLookS, ...armed.map((a) => a.dueS)),
    ordersDue(sim) {
      const nowS = sim.timeS();
      if (nowS >= nextLookS) {
        look(sim, nowS);
        nextLookS = nowS + doctrine.lookEveryS;
      }
      const due = armed.filter((a) => a.dueS <= nowS);
      armed = armed.filter((a) => a.dueS > nowS);
      const views = new Map<string, TeamView>();
      const taken = new Set<string>();
      const orders: Order[] = [];
      for (const a of due) {
        const view = views.get(a.team) ?? sim.viewOf(a.team);
        views.set(a.team, view);
        orders.push(...ordersFromTemplate({ world: sim.world, doctrine, view, subject: a.subject, leaveOut: a.leaveOut, taken }, a.rule.give));
        if (a.rule.repeatEveryS !== undefined) armed.push({ ...a, dueS: a.dueS + a.rule.repeatEveryS });
      }
      return orders;
    },
  };
}
