// The content the coverage board reads beside the ledger (scenarios/ledger/): the year's drill plan, the seasons
// that bring factors due, and the drill template for each domain and factor. Checked with zod, never trusted.
import { z } from 'zod';
import { Factor, InspectionDomain } from '../sim/index.ts';
import type { ContentProblem, Loaded } from '../sim/index.ts';

const Id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/).max(64);

export const DrillPlan = z.strictObject({
  schemaVersion: z.literal(1),
  year: z.int().min(1990).max(2100),
  /** Who drills which factor with which scenario, due by the end of which month. */
  entries: z.array(z.strictObject({ target: Id, factor: Factor, scenario: Id, dueMonth: z.int().min(1).max(12) })).max(2000),
});
export type DrillPlan = z.infer<typeof DrillPlan>;

export const Seasons = z.strictObject({
  schemaVersion: z.literal(1),
  seasons: z.array(z.strictObject({ id: Id, nameZh: z.string().min(1), nameEn: z.string().min(1), factors: z.array(Factor).min(1), months: z.array(z.int().min(1).max(12)).min(1) })),
});
export type Season = z.infer<typeof Seasons>['seasons'][number];

export const DrillTemplates = z.strictObject({
  schemaVersion: z.literal(1),
  /** The scenario file (relative to this file) that drills a domain's factor; its incident is placed at the hazard. */
  templates: z.array(z.strictObject({ domain: InspectionDomain, factor: Factor, scenario: z.string().regex(/^(\.\.\/)?[a-z0-9-]+\.json$/) })),
});
export type DrillTemplate = z.infer<typeof DrillTemplates>['templates'][number];

const templatesFile = 'scenarios/ledger/templates.json';

/** The scenario id a template names: `../demo-river-flood.json` → `demo-river-flood`. */
export const templateScenarioId = (t: DrillTemplate): string => t.scenario.replace(/^(\.\.\/)?/, '').replace(/\.json$/, '');

function parseWith<T>(schema: z.ZodType<T>, file: string, text: string | undefined): Loaded<T> {
  if (text === undefined) return { ok: false, problems: [{ file, path: '', problem: 'no such file' }] };
  let json: unknown;
  try { json = JSON.parse(text); } catch (e) { return { ok: false, problems: [{ file, path: '', problem: `not valid JSON (${e instanceof Error ? e.message : 'unreadable'})` }] }; }
  const parsed = schema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, problems: parsed.error.issues.slice(0, 20).map((i): ContentProblem => ({ file, path: i.path.join('.'), problem: i.message })) };
}

/** The township's drill templates (scenarios/ledger/templates.json), read through `read`. */
export function loadTemplates(read: (path: string) => string | undefined): Loaded<DrillTemplate[]> {
  const templates = parseWith(DrillTemplates, templatesFile, read(templatesFile));
  return templates.ok ? { ok: true, value: templates.value.templates } : templates;
}

/** The scenario file a template names, from the project's root: `../demo-river-flood.json` → `scenarios/demo-river-flood.json`. */
export const templateScenarioPath = (t: DrillTemplate): string => (t.scenario.startsWith('../') ? `scenarios/${t.scenario.slice(3)}` : `scenarios/ledger/${t.scenario}`);

/** The template for a domain's factor, if the township has one. */
export const templateFor = (templates: readonly DrillTemplate[], domain: DrillTemplate['domain'], factor: DrillTemplate['factor']): DrillTemplate | undefined =>
  templates.find((t) => t.domain === domain && t.factor === factor);

export interface PlanContent { plan: DrillPlan; seasons: Season[]; templates: DrillTemplate[] }

/** The plan of `year`, the seasons and the templates from scenarios/ledger/, read through `read`. */
export function loadPlanContent(read: (path: string) => string | undefined, year: number): Loaded<PlanContent> {
  const planFile = `scenarios/ledger/plan-${year}.json`;
  const plan = parseWith(DrillPlan, planFile, read(planFile) ?? JSON.stringify({ schemaVersion: 1, year, entries: [] }));
  const seasons = parseWith(Seasons, 'scenarios/ledger/seasons.json', read('scenarios/ledger/seasons.json'));
  const templates = parseWith(DrillTemplates, templatesFile, read(templatesFile));
  if (!plan.ok || !seasons.ok || !templates.ok) return { ok: false, problems: [plan, seasons, templates].flatMap((l) => (l.ok ? [] : l.problems)) };
  return { ok: true, value: { plan: plan.value, seasons: seasons.value.seasons, templates: templates.value.templates } };
}
