// Loads a township's doctrine (`doctrine/<map name>.json` beside the scenario) and the scenario's own settings
// (`doctrine/scenarios/<scenario id>.json`, optional: by the book when absent), checking every reference.
import type { z } from 'zod';
import type { ContentProblem, Loaded } from '../scenario/contentError.ts';
import { parseJsonText, problemsFromZod } from '../scenario/contentError.ts';
import type { Drill, ReadContent } from '../scenario/loadDrill.ts';
import { besideScenario } from '../scenario/loadDrill.ts';
import type { Doctrine, DoctrineFile as DoctrineFileType } from './doctrineSchema.ts';
import { DoctrineFile, MistakesSchema, ScenarioDoctrineFile } from './doctrineSchema.ts';

/** `maps/demo-township.tmj` → `doctrine/demo-township.json`: a township's doctrine is named after its map. */
export function doctrinePathFor(mapPath: string): string {
  const name = mapPath.slice(mapPath.lastIndexOf('/') + 1).replace(/\.tmj$/, '');
  return `doctrine/${name}.json`;
}

function parse<T>(file: string, text: string, schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: z.ZodError } }): Loaded<T> {
  const json = parseJsonText(file, text);
  if (!json.ok) return json;
  const parsed = schema.safeParse(json.value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problems: problemsFromZod(file, parsed.error) };
}

function checkReferences(file: string, doctrine: DoctrineFileType, drill: Drill): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const duties = new Set(doctrine.duties.map((d) => d.id));
  const ruleIds = new Set<string>();
  doctrine.rules.forEach((rule, i) => {
    if (!duties.has(rule.duty)) problems.push({ file, path: `rules.${i}.duty`, problem: `no duty "${rule.duty}" in duties` });
    if (ruleIds.has(rule.id)) problems.push({ file, path: `rules.${i}.id`, problem: `the rule id "${rule.id}" is used twice` });
    ruleIds.add(rule.id);
  });
  const villages = new Set(drill.map.villages.map((v) => v.id));
  doctrine.risk.forEach((risk, i) => risk.planVillages.forEach((v, j) => {
    if (!villages.has(v)) problems.push({ file, path: `risk.${i}.planVillages.${j}`, problem: `no village "${v}" on the map` });
  }));
  return problems;
}

/** The doctrine for a drill loaded from `scenarioPath`; every problem names its file, field and what is wrong. */
export function loadDoctrine(scenarioPath: string, readContent: ReadContent, drill: Drill): Loaded<Doctrine> {
  // The township's content folder is the map's folder's parent: scenarios/ for a demo scenario and a micro-drill alike.
  const township = besideScenario(besideScenario(scenarioPath, drill.scenario.map), '../');
  const file = `${township}${doctrinePathFor(drill.scenario.map)}`;
  const text = readContent(file);
  if (text === undefined) return { ok: false, problems: [{ file, path: '', problem: 'no such file: the township has no doctrine' }] };
  const parsed = parse(file, text, DoctrineFile);
  if (!parsed.ok) return parsed;
  const problems = checkReferences(file, parsed.value, drill);
  const settingsFile = `${township}doctrine/scenarios/${drill.scenario.id}.json`;
  const settingsText = readContent(settingsFile);
  const settings = settingsText === undefined ? null : parse(settingsFile, settingsText, ScenarioDoctrineFile);
  if (settings && !settings.ok) problems.push(...settings.problems);
  if (settings?.ok) {
    if (settings.value.scenario !== drill.scenario.id) problems.push({ file: settingsFile, path: 'scenario', problem: `names "${settings.value.scenario}", not this scenario "${drill.scenario.id}"` });
    settings.value.forecasts.forEach((f, i) => {
      if (!drill.scenario.injects.some((inject) => inject.id === f.inject)) problems.push({ file: settingsFile, path: `forecasts.${i}.inject`, problem: `no inject "${f.inject}" in the scenario` });
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  const own = settings?.ok ? settings.value : null;
  return { ok: true, value: { ...parsed.value, mistakes: own?.mistakes ?? MistakesSchema.parse({}), forecasts: own?.forecasts ?? [] } };
}
