// What a rule's trigger sees in one team's view: each known incident, received warning or forecast, or own unit on
// a scene, that arms it — with a key, so that a rule arms once per subject however often the team looks.
import type { IncidentView, TeamView } from '../knowledge/teamView.ts';
import type { Factor } from '../scenario/vocabulary.ts';
import { warningColours } from '../scenario/vocabulary.ts';
import { targetIncident } from '../state/target.ts';
import type { PointM } from '../world/townshipMap.ts';
import type { World } from '../world/world.ts';
import type { Doctrine, DoctrineRule } from './doctrineSchema.ts';
import { ownerTeamOf } from './teamKind.ts';
import { siteAt } from './incidentSite.ts';

export interface Subject {
  key: string;
  /** The incident as the team knows it; null for a warning or a forecast. */
  incident: IncidentView | null;
  factor: Factor | null;
  /** The actions the incident's card offers (what fits it); none for a warning or forecast. */
  fits: string[];
  /** The team's own unit on the scene, for an `onScene` trigger. */
  unit: string | null;
  at: PointM | null;
}

const fitsByActions = new WeakMap<IncidentView['actions'], string[]>();

/** The actions that fit a known incident, as its card lists them: what the team's view carries of it (the same list
 *  for every view of one incident, so its ids are worked out once). */
export function fitsOf(incident: Pick<IncidentView, 'actions'>): string[] {
  const known = fitsByActions.get(incident.actions);
  if (known) return known;
  const fits = incident.actions.map((a) => a.id);
  fitsByActions.set(incident.actions, fits);
  return fits;
}

/** Ways of knowing that are the team's own (not another team's call or report). */
export const firstHandWays: readonly string[] = ['sight', 'own', 'inject', 'truth'];

/** How the team first learnt of each incident it knows (the view shows only how it learnt last). */
export type FirstLearnt = (incident: IncidentView) => string;

function factorMatches(rule: DoctrineRule, factor: Factor | null, fits: readonly string[]): boolean {
  if (rule.factors && (factor === null || !rule.factors.includes(factor))) return false;
  if (rule.fits && !rule.fits.every((a) => fits.includes(a))) return false;
  return !(rule.fitsNot?.some((a) => fits.includes(a)) ?? false);
}

/** A team's own ground: its own village or site, or a place where its units are based (a scenic spot's square). */
function isOwnGround(world: World, team: string, site: string): boolean {
  return site === team || world.drill.roster.units.some((u) => u.owner === team && u.base === site);
}

function incidentSubjects(world: World, rule: DoctrineRule, view: TeamView, firstLearnt: FirstLearnt): Subject[] {
  const on = rule.on;
  return view.incidents.flatMap((incident): Subject[] => {
    const factor = incident.factor as Factor;
    const fits = fitsOf(incident);
    if (!factorMatches(rule, factor, fits)) return [];
    if (rule.ownGround && !isOwnGround(world, view.team, siteAt(world, incident.at).id)) return [];
    const base: Subject = { key: incident.id, incident, factor, fits, unit: null, at: incident.at };
    const known = incident.casualties;
    switch (on.event) {
      case 'knows': return !on.firstHand || firstHandWays.includes(firstLearnt(incident)) ? [base] : [];
      case 'phase': return incident.phase !== null && on.phases.includes(incident.phase) ? [base] : [];
      case 'casualties': return known && known.deaths + known.injured + known.missing > 0 ? [base] : [];
      case 'reported': return view.orders.some((o) => o.rejected === null && o.order.type === 'fileReport' && o.order.kind === 'initial' && o.order.incident === incident.id) ? [base] : [];
      case 'onScene': return view.units
        .filter((u) => u.status === 'onScene' && targetIncident(u.target) === incident.id && ownerTeamOf(world, u.id) === view.team
          && on.capabilities.some((c) => world.units.get(u.id)!.capabilities.includes(c)))
        .map((u) => ({ ...base, key: `${incident.id}/${u.id}`, unit: u.id }));
      default: return [];
    }
  });
}

/** Every subject that arms `rule` in this view, in the view's order. */
export function ruleSubjects(world: World, doctrine: Doctrine, rule: DoctrineRule, view: TeamView, firstLearnt: FirstLearnt): Subject[] {
  const on = rule.on;
  if (on.event === 'warned') {
    return view.messages.flatMap((m, i) => {
      if (m.kind !== 'warning' || !m.warning.villages.includes(view.team)) return [];
      if (warningColours.indexOf(m.warning.colour) < warningColours.indexOf(on.colourAtLeast)) return [];
      if ((on.instruction === 'shelterInPlace') !== (m.warning.shelterInPlace === true)) return [];
      return [{ key: `warning/${m.atS}/${i}`, incident: null, factor: null, fits: [], unit: null, at: null }];
    });
  }
  if (on.event === 'forecast') {
    return view.messages.flatMap((m) => {
      if (m.kind !== 'inject') return [];
      const forecast = doctrine.forecasts.find((f) => f.inject === m.inject);
      if (!forecast || !factorMatches(rule, forecast.factor, [])) return [];
      return [{ key: `forecast/${m.inject}`, incident: null, factor: forecast.factor, fits: [], unit: null, at: null }];
    });
  }
  return incidentSubjects(world, rule, view, firstLearnt);
}
