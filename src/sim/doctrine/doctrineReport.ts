// A doctrine team's accident report: the six elements written from what the team knows — the place it can name on
// its map, when it knew (less the lead time the rule estimates), the units it sent — in the doctrine's words.
import type { TeamView } from '../knowledge/teamView.ts';
import type { ReportElements } from '../state/reportElements.ts';
import type { World } from '../world/world.ts';
import { contentNames } from '../world/world.ts';
import type { Doctrine } from './doctrineSchema.ts';
import { siteAt } from './incidentSite.ts';
import type { Subject } from './ruleSubjects.ts';

function fill(text: string, words: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => words[key] ?? whole);
}

/** The names of the units the team has sent so far, in the order sent. */
function unitsSent(world: World, view: TeamView): string[] {
  const sent = view.orders.flatMap((o) => (o.rejected === null && o.order.type === 'dispatchUnit' ? [o.order.unit] : []));
  return [...new Set(sent)].map((u) => (contentNames(world, u)?.zh ?? u));
}

/** The place a report names: the incident's site, or for a forecast the villages at risk. */
function placeName(world: World, subject: Subject, atRisk: readonly string[]): string {
  if (subject.at) return siteAt(world, subject.at).object.nameZh;
  return atRisk.map((v) => (contentNames(world, v)?.zh ?? v)).join('、') || world.drill.map.nameZh;
}

/** How long before the team knew of it the incident began, as the doctrine has a reporter estimate it. */
function onsetBeforeKnownS(doctrine: Doctrine, subject: Subject): number {
  const incident = subject.incident;
  if (!incident) return 0;
  const onset = doctrine.onsets.find((o) => (o.factor === undefined || o.factor === subject.factor) && (o.fits ?? []).every((a) => subject.fits.includes(a)));
  if (!onset) return 0;
  return incident.toldBy === null ? onset.firstHandS : onset.toldS;
}

/** Every element the team can write; `leaveOut` drops one (the 漏报 mistake). Casualties and loss come from the reporter. */
export function reportElements(options: { world: World; doctrine: Doctrine; view: TeamView; subject: Subject; atRisk: readonly string[];
  leaveOut: keyof ReportElements | null }): ReportElements {
  const { world, doctrine, view, subject } = options;
  const site = placeName(world, subject, options.atRisk);
  const units = unitsSent(world, view);
  const words = { site, factor: subject.factor ? doctrine.reportText.factors[subject.factor] : '', team: contentNames(world, view.team)?.zh ?? doctrine.reportText.teams?.[view.team] ?? view.team, units: units.join('、') };
  const knownS = subject.incident?.knownSinceS ?? view.timeS;
  const elements: ReportElements = {
    unit: site,
    occurredAtS: Math.max(0, knownS - onsetBeforeKnownS(doctrine, subject)),
    place: site,
    scene: fill(doctrine.reportText.scene, words),
    ...(subject.factor ? { factor: subject.factor } : {}),
    course: fill(doctrine.reportText.course, words),
    measures: fill(units.length > 0 ? doctrine.reportText.measures : doctrine.reportText.noMeasures, words),
    other: fill(doctrine.reportText.other, words),
  };
  if (!subject.incident) elements.casualties = { deaths: 0, injured: 0, missing: 0 };
  if (!subject.incident) elements.estimatedLossYuan = 0;
  if (options.leaveOut) delete elements[options.leaveOut];
  return elements;
}
