// Loads a township's curveball templates from `curveballs/<map name>.json` beside the scenario: each template is
// checked by its schema, then tried out as a whole incident so every problem names the file and the field.
// A township without the file simply has no curveballs.
import type { TownshipMap } from '../world/townshipMap.ts';
import type { ContentProblem, Loaded } from '../scenario/contentError.ts';
import { parseJsonText, pathOf, problemsFromZod } from '../scenario/contentError.ts';
import { checkIncidentReferences } from '../scenario/incidentReferences.ts';
import type { Incident } from '../scenario/incidentSchema.ts';
import { IncidentSchema } from '../scenario/incidentSchema.ts';
import type { CurveballTemplate } from './curveballSchema.ts';
import { CurveballFile } from './curveballSchema.ts';

/** `maps/demo-township.tmj` → `curveballs/demo-township.json`: a township's curveballs are named after its map. */
export function curveballPathFor(mapPath: string): string {
  const name = mapPath.slice(mapPath.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '');
  return `curveballs/${name}.json`;
}

function teamProblems(file: string, at: string, incident: Incident, map: TownshipMap, teams: ReadonlySet<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (!teams.has(incident.discovery.by)) problems.push({ file, path: `${at}.discovery.by`, problem: `no team "${incident.discovery.by}"` });
  for (const field of ['lead', 'support'] as const) {
    incident.expected[field].forEach((team, j) => {
      if (!teams.has(team)) problems.push({ file, path: `${at}.expected.${field}.${j}`, problem: `no team "${team}"` });
    });
  }
  incident.villagesAtRisk.forEach((v, j) => {
    if (!map.villages.some((m) => m.id === v)) problems.push({ file, path: `${at}.villagesAtRisk.${j}`, problem: `no village "${v}"` });
  });
  return problems;
}

/** The templates in `file`, or every problem found; `text` undefined means the township has none. */
export function loadCurveballs(file: string, text: string | undefined, map: TownshipMap, teams: ReadonlySet<string>): Loaded<CurveballTemplate[]> {
  if (text === undefined) return { ok: true, value: [] };
  const json = parseJsonText(file, text);
  if (!json.ok) return json;
  const parsed = CurveballFile.safeParse(json.value);
  if (!parsed.success) return { ok: false, problems: problemsFromZod(file, parsed.error) };
  const problems: ContentProblem[] = [];
  parsed.data.templates.forEach((template, i) => {
    const at = `templates.${i}.incident`;
    if (parsed.data.templates.findIndex((t) => t.id === template.id) !== i) problems.push({ file, path: `templates.${i}.id`, problem: `the template id "${template.id}" is used twice` });
    const probe = IncidentSchema.safeParse({ ...template.incident, id: template.id, start: { atS: 0 }, at: { xM: 0, yM: 0 } });
    if (!probe.success) {
      problems.push(...probe.error.issues.slice(0, 10).map((issue) => ({ file, path: `${at}.${pathOf(issue.path)}`, problem: issue.message })));
      return;
    }
    problems.push(...teamProblems(file, at, probe.data, map, teams));
    problems.push(...checkIncidentReferences(file, [probe.data], map, teams).map((p) => ({ ...p, path: p.path.replace(/^incidents\.0\./, `${at}.`) })));
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: parsed.data.templates };
}
