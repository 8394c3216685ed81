// The coverage board: for every village and unit, each disaster factor it faces — the last drill of it and its
// result, the open hazards, and whether a drill is due (the year's plan, an open hazard not drilled since it was
// found, or the season) with the drill to run; the seasons' prompts and the plan's progress. Pure: today is given.
import type { Conclusion, Factor, HazardItem, InspectionDomain, TownshipMap } from '../sim/index.ts';
import { factors, isOpen } from '../sim/index.ts';
import type { DrillPlan, DrillTemplate, Season } from './planContent.ts';
import { templateFor, templateScenarioId } from './planContent.ts';

export interface ScenarioCoverage { id: string; titleZh: string; titleEn: string; incidents: { id: string; factor: Factor; place: string | null; villagesAtRisk: readonly string[] }[] }
/** `placedAt`: a drill built from a ledger item, its incident moved to the hazard's place (it drilled there, not where the template's was). */
export interface RehearsalDone { scenarioId: string; finishedAt: string; conclusion: Conclusion; vetoed: boolean; placedAt?: { incident: string; place: string } | undefined }

export type DueReason = { kind: 'plan'; month: number } | { kind: 'hazard' } | { kind: 'season'; season: string };

export interface CoverageCell {
  target: string;
  factor: Factor;
  lastDrill: { scenarioId: string; on: string; conclusion: Conclusion; vetoed: boolean } | null;
  openHazards: { id: string; level: HazardItem['level']; overdue: boolean }[];
  due: DueReason[];
  /** The drill to run for it: the plan's, else the template of the hazard's domain, else any drill of the factor. */
  suggested: string | null;
  /** A one-vote veto item for the annual assessment: the last drill was vetoed, or a major hazard is past its deadline. */
  veto: boolean;
}

export interface CoverageRow { target: string; kind: 'village' | 'facility' | 'station'; cells: CoverageCell[] }

export interface CoverageBoard {
  today: string;
  rows: CoverageRow[];
  /** Seasons of this month and the next, with the factors they bring due. */
  prompts: { season: string; factors: Factor[] }[];
  plan: { year: number; total: number; done: number };
  domains: { domain: InspectionDomain; openCount: number; majorOpenCount: number }[];
}

export interface CoverageInput {
  map: TownshipMap; items: readonly HazardItem[]; plan: DrillPlan; seasons: readonly Season[]; templates: readonly DrillTemplate[];
  scenarios: readonly ScenarioCoverage[]; rehearsals: readonly RehearsalDone[]; today: string;
}

function targetKinds(map: TownshipMap): Map<string, CoverageRow['kind']> {
  return new Map<string, CoverageRow['kind']>([...map.villages.map((v) => [v.id, 'village'] as const), ...map.facilities.map((f) => [f.id, 'facility'] as const), ...map.stations.map((s) => [s.id, 'station'] as const)]);
}

/** The village or unit a hazard counts against: its place if that is one, else its responsible team. */
const hazardTarget = (item: HazardItem, kinds: Map<string, CoverageRow['kind']>): string => (kinds.has(item.place) ? item.place : item.responsibleTeam);

/** The (target, factor) pairs a scenario drills: its incidents' places, their villages and the villages at risk, and (`byPlan`) the plan's entries for it. */
function drilledBy(input: CoverageInput, scenario: ScenarioCoverage, byPlan = true): Set<string> {
  const pairs = new Set<string>();
  for (const i of scenario.incidents) {
    const facility = input.map.facilities.find((f) => f.id === i.place);
    for (const target of [i.place, facility?.village ?? null, ...i.villagesAtRisk]) if (target) pairs.add(`${target}|${i.factor}`);
  }
  if (byPlan) for (const e of input.plan.entries) if (e.scenario === scenario.id) pairs.add(`${e.target}|${e.factor}`);
  return pairs;
}

/** What one rehearsal drilled: its scenario's pairs, or for a drill built from a ledger item, its incident where it was placed (the plan's entries for the template do not count). */
function drilledIn(input: CoverageInput, covers: Map<string, Set<string>>, r: RehearsalDone): Set<string> | undefined {
  const placed = r.placedAt;
  const scenario = placed ? input.scenarios.find((s) => s.id === r.scenarioId) : undefined;
  if (!placed || !scenario) return covers.get(r.scenarioId);
  const incidents = scenario.incidents.map((i) => (i.id === placed.incident ? { ...i, place: placed.place, villagesAtRisk: [] } : i));
  return drilledBy(input, { ...scenario, incidents }, false);
}

function lastDrillOf(input: CoverageInput, covers: Map<string, Set<string>>, key: string): CoverageCell['lastDrill'] {
  let last: CoverageCell['lastDrill'] = null;
  for (const r of input.rehearsals) {
    if (!drilledIn(input, covers, r)?.has(key)) continue;
    const on = r.finishedAt.slice(0, 10);
    if (!last || on >= last.on) last = { scenarioId: r.scenarioId, on, conclusion: r.conclusion, vetoed: r.vetoed };
  }
  return last;
}

function monthOf(date: string): number {
  return Number(date.slice(5, 7));
}

function cellFor(input: CoverageInput, covers: Map<string, Set<string>>, target: string, factor: Factor, hazards: readonly HazardItem[]): CoverageCell {
  const key = `${target}|${factor}`;
  const lastDrill = lastDrillOf(input, covers, key);
  const year = input.today.slice(0, 4);
  const drilledThisYear = lastDrill !== null && lastDrill.on.startsWith(year);
  const month = monthOf(input.today);
  const planned = input.plan.entries.filter((e) => e.target === target && e.factor === factor).sort((a, b) => a.dueMonth - b.dueMonth);
  const open = hazards.filter((h) => isOpen(h.status));
  const due: DueReason[] = [];
  const planDue = planned.find((e) => e.dueMonth <= month);
  if (String(input.plan.year) === year && planDue && !drilledThisYear) due.push({ kind: 'plan', month: planDue.dueMonth });
  if (open.length > 0 && (lastDrill === null || open.some((h) => lastDrill.on < h.foundOn))) due.push({ kind: 'hazard' });
  const next = (month % 12) + 1;
  for (const s of input.seasons) if (s.factors.includes(factor) && (s.months.includes(month) || s.months.includes(next)) && !drilledThisYear && (planned.length > 0 || open.length > 0)) due.push({ kind: 'season', season: s.id });
  const template = open.map((h) => templateFor(input.templates, h.domain, factor)).find((t) => t !== undefined);
  const suggested = planned[0]?.scenario ?? (template ? templateScenarioId(template) : input.scenarios.find((s) => s.incidents.some((i) => i.factor === factor))?.id ?? null);
  const openHazards = open.map((h) => ({ id: h.id, level: h.level, overdue: h.deadline < input.today }));
  return { target, factor, lastDrill, openHazards, due, suggested, veto: (lastDrill?.vetoed ?? false) || openHazards.some((h) => h.level === 'major' && h.overdue) };
}

/** The board as of `today` (YYYY-MM-DD): rows in map order (villages, then enterprises, then stations), factors in the speech's order. */
export function coverageBoard(input: CoverageInput): CoverageBoard {
  const kinds = targetKinds(input.map);
  const covers = new Map(input.scenarios.map((s) => [s.id, drilledBy(input, s)]));
  const wanted = new Set<string>([...input.plan.entries.map((e) => `${e.target}|${e.factor}`), ...input.items.filter((i) => isOpen(i.status)).map((i) => `${hazardTarget(i, kinds)}|${i.factor}`)]);
  const rows: CoverageRow[] = [];
  for (const [target, kind] of kinds) {
    const cells = factors.filter((f) => wanted.has(`${target}|${f}`)).map((f) => cellFor(input, covers, target, f, input.items.filter((i) => hazardTarget(i, kinds) === target && i.factor === f)));
    if (cells.length > 0) rows.push({ target, kind, cells });
  }
  const month = monthOf(input.today);
  const prompts = input.seasons.filter((s) => s.months.includes(month) || s.months.includes((month % 12) + 1)).map((s) => ({ season: s.id, factors: [...s.factors] }));
  const done = input.plan.entries.filter((e) => lastDrillOf(input, covers, `${e.target}|${e.factor}`)?.on.startsWith(String(input.plan.year))).length;
  const domains = [...new Set(input.items.map((i) => i.domain))].map((domain) => {
    const open = input.items.filter((i) => i.domain === domain && isOpen(i.status));
    return { domain, openCount: open.length, majorOpenCount: open.filter((i) => i.level === 'major').length };
  });
  return { today: input.today, rows, prompts, plan: { year: input.plan.year, total: input.plan.entries.length, done }, domains };
}
