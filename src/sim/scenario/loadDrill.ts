// Loads a drill — scenario, map, roster, rubric and curveballs — from text, checking each file and the references between them.
import type { TownshipMap } from '../world/townshipMap.ts';
import type { ContentProblem, Loaded } from './contentError.ts';
import { parseJsonText, problemsFromZod } from './contentError.ts';
import { checkRoster, checkScenario } from './crossReferences.ts';
import { parseTownshipMap } from './mapParser.ts';
import type { Roster } from './rosterSchema.ts';
import { RosterSchema } from './rosterSchema.ts';
import type { Scenario } from './scenarioSchema.ts';
import { ScenarioSchema } from './scenarioSchema.ts';
import type { Rubric } from '../scoring/rubricSchema.ts';
import type { CurveballTemplate } from '../curveballs/curveballSchema.ts';
import { curveballPathFor, loadCurveballs } from '../curveballs/loadCurveballs.ts';
import { teamIds } from './crossReferences.ts';
import { RubricSchema } from '../scoring/rubricSchema.ts';
import { withPlacesNamed } from './placeNames.ts';
import type { AppliedHazard } from '../ledger/applyHazards.ts';
import type { PlacedAt } from '../ledger/drillForHazard.ts';

/** The score sheet a scenario is judged with when it names none. */
export const defaultRubricPath = 'rubrics/default.json';

/** Everything a drill is made of, checked and typed. */
export interface Drill {
  scenario: Scenario;
  map: TownshipMap;
  roster: Roster;
  rubric: Rubric;
  /** The township's curveball templates (curveballs/<map name>.json beside the scenario; none when absent). */
  curveballs: CurveballTemplate[];
  /** The files it was loaded from; the reference plan, which only scoring needs, is loaded apart (scoring/referencePlan.ts). */
  files: { scenario: string; map: string; roster: string; rubric: string; curveballs: string };
  /** The ledger's open hazards already applied to `scenario` (src/sim/ledger), kept in the drill record; absent when none. */
  hazards?: AppliedHazard[];
  /** Where a drill built from a ledger item put its incident (src/sim/ledger/drillForHazard.ts), kept in the drill record; absent otherwise. */
  placedAt?: PlacedAt;
  /** The scenario as its file writes it, `{place…}` and all: a placement names its moved incident's place in the
   *  incidents' titles and the injects from this (`scenario`'s are named already); absent: `scenario` is as written. */
  asWritten?: Scenario;
}

/** Reads a content file by its path (as given for the scenario); undefined when there is no such file. */
export type ReadContent = (path: string) => string | undefined;

/** `scenarios/training/../maps/x.tmj` → `scenarios/maps/x.tmj`: content is looked up by plain paths in the browser. */
export function withoutDotDot(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else if (part !== '.') out.push(part);
  }
  return out.join('/');
}

/** A map or roster path in a scenario is relative to the scenario file's folder (a micro-drill's climbs one up). */
export function besideScenario(scenarioPath: string, relative: string): string {
  const slash = scenarioPath.lastIndexOf('/');
  return withoutDotDot(slash < 0 ? relative : `${scenarioPath.slice(0, slash)}/${relative}`);
}

function read(path: string, readContent: ReadContent): Loaded<unknown> {
  const text = readContent(path);
  if (text === undefined) return { ok: false, problems: [{ file: path, path: '', problem: 'no such file' }] };
  return parseJsonText(path, text);
}

/** Parses the scenario only (no map or roster): what an editor checks as an author types. */
export function parseScenario(file: string, text: string): Loaded<Scenario> {
  const json = parseJsonText(file, text);
  if (!json.ok) return json;
  const parsed = ScenarioSchema.safeParse(json.value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problems: problemsFromZod(file, parsed.error) };
}

/**
 * Loads the scenario at `scenarioPath` with the map and roster it names. Never throws
 * for bad content: every problem names its file, field path and what is wrong.
 */
export function loadDrill(scenarioPath: string, readContent: ReadContent): Loaded<Drill> {
  const scenarioText = readContent(scenarioPath);
  if (scenarioText === undefined) return { ok: false, problems: [{ file: scenarioPath, path: '', problem: 'no such file' }] };
  const scenario = parseScenario(scenarioPath, scenarioText);
  if (!scenario.ok) return scenario;
  const mapPath = besideScenario(scenarioPath, scenario.value.map);
  const rosterPath = besideScenario(scenarioPath, scenario.value.roster);
  const rubricPath = besideScenario(scenarioPath, scenario.value.rubric ?? defaultRubricPath);

  const mapJson = read(mapPath, readContent);
  const map = mapJson.ok ? parseTownshipMap(mapPath, mapJson.value) : mapJson;
  const rosterJson = read(rosterPath, readContent);
  const rosterParsed = rosterJson.ok ? RosterSchema.safeParse(rosterJson.value) : null;
  const rubricJson = read(rubricPath, readContent);
  const rubricParsed = rubricJson.ok ? RubricSchema.safeParse(rubricJson.value) : null;
  const problems: ContentProblem[] = [];
  if (!rubricJson.ok) problems.push(...rubricJson.problems);
  else if (rubricParsed && !rubricParsed.success) problems.push(...problemsFromZod(rubricPath, rubricParsed.error));
  if (!map.ok) problems.push(...map.problems);
  if (!rosterJson.ok) problems.push(...rosterJson.problems);
  else if (rosterParsed && !rosterParsed.success) problems.push(...problemsFromZod(rosterPath, rosterParsed.error));
  if (!map.ok || !rosterParsed?.success || !rubricParsed?.success) return { ok: false, problems };

  const roster = rosterParsed.data;
  problems.push(...checkRoster(rosterPath, roster, map.value), ...checkScenario(scenarioPath, scenario.value, map.value, roster));
  const curveballPath = besideScenario(scenarioPath, curveballPathFor(scenario.value.map));
  const curveballs = loadCurveballs(curveballPath, readContent(curveballPath), map.value, teamIds(map.value, roster));
  if (!curveballs.ok) problems.push(...curveballs.problems);
  if (problems.length > 0 || !curveballs.ok) return { ok: false, problems };
  const files = { scenario: scenarioPath, map: mapPath, roster: rosterPath, rubric: rubricPath, curveballs: curveballPath };
  const named = withPlacesNamed(scenario.value, scenario.value, new Set());
  return { ok: true, value: { scenario: named, map: map.value, roster, rubric: rubricParsed.data, curveballs: curveballs.value, files, asWritten: scenario.value } };
}
