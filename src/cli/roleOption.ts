// `npm run drill -- <micro-drill> --role TEAM`: the trainee's team, checked, with only its own orders (the other teams
// are played by the computer), and the score of that team alone in words: passed or failed, and why.
import type { Drill, TimedOrder, World } from '../sim/index.ts';
import { teamIds } from '../sim/index.ts';
import { roleReviewLines } from '../i18n/training/roleReviewText.ts';
import type { Language } from '../i18n/translate.ts';
import { ui } from '../i18n/ui/uiText.ts';
import { contentName } from '../i18n/contentName.ts';
import type { DrillScore } from '../sim/index.ts';
import { BadInput } from './runCli.ts';
import { doctrineTeams } from './doctrineInput.ts';

/** The role, checked: a team of the drill that gives orders (not the facilitator, not the county). */
export function checkRole(drill: Drill, scenarioPath: string, role: string): string {
  if (!teamIds(drill.map, drill.roster).has(role)) {
    throw new BadInput(`--role: no team "${role}" in ${scenarioPath}: use command-post, a station, a village or an enterprise with units`);
  }
  return role;
}

/** The teams the doctrine plays beside the trainee: every other team, or those `--doctrine` lists (never the role). */
export function roleDoctrineTeams(drill: Drill, role: string, list: string | undefined): string {
  const others = doctrineTeams(drill).filter((t) => t !== role);
  if (list === undefined || list === 'all') return others.join(',');
  if (list.split(',').map((t) => t.trim()).includes(role)) throw new BadInput(`--doctrine: "${role}" is the role the trainee plays; the doctrine plays only the other teams`);
  return list;
}

/** The trainee gives only its own team's orders; another team's order in the file is bad input naming it. */
export function checkRoleOrders(ordersPath: string, orders: readonly TimedOrder[], role: string): void {
  const index = orders.findIndex((o) => o.order.by !== role);
  if (index >= 0) throw new BadInput(`${ordersPath}: order ${index + 1} is given by "${orders[index]!.order.by}", not by the role "${role}": with --role the computer plays the other teams`);
}

/** Passed or not, and why: the role's vetoes and duties in words (and that it gave no order, when it gave none). */
export function roleVerdict(world: World, score: DrillScore, role: string, orderCount: number, language: Language) {
  const why = roleReviewLines(world, score, language);
  if (orderCount === 0) why.splice(1, 0, ui(language, 'training.result.noOrders', { team: contentName(world, role) }));
  return { team: role, passed: score.conclusion !== 'fail', total: score.total, why };
}
