// The drills the page can open: every scenarios/*.json bundled with the build. The list is read quickly from the
// scenario files alone; each drill is loaded in full (map, roster and the references between them) when it is
// opened, or in the background soon after the page shows. A file that does not load is listed with its problems,
// as plain text, instead of being opened.
import type { Drill, ReadContent } from '../../sim/index.ts';
import { formatProblems, loadDrill, parseScenario } from '../../sim/index.ts';

// Every content file a drill loads is bundled as text, so the app runs offline; keys become `scenarios/...` paths
// as in the CLI. JSON Schemas (for editors) are left out, and so is the hazard ledger (the coverage board loads it
// when opened: src/ui/ledger), and so are reference plans: only the review's scoring
// worker weighs a drill against its plan, and it reads them through ../review/scoringContent.ts.
const bundled = import.meta.glob<string>(['../../../scenarios/**/*.{json,tmj}', '!**/*schema.json', '!**/plans/**', '!**/ledger/**'], { query: '?raw', import: 'default', eager: true });
const contentFiles = new Map(Object.entries(bundled).map(([key, text]) => [key.replace(/^(\.\.\/)+/, ''), text]));

export const readContent: ReadContent = (path) => contentFiles.get(path);

export class CatalogEntry {
  /** The scenario's id, or the file's name when it does not parse. */
  readonly id: string;
  readonly scenario: Drill['scenario'] | null;
  /** Why the file does not load, one problem a line; empty while it loads (or has not been fully checked yet). */
  problems: string;
  private loaded: Drill | null | undefined;

  /** `path` is `scenarios/<name>.json`. */
  constructor(readonly path: string) {
    const parsed = parseScenario(path, contentFiles.get(path) ?? '');
    this.scenario = parsed.ok ? parsed.value : null;
    this.id = parsed.ok ? parsed.value.id : path.replace(/^scenarios\//, '').replace(/\.json$/, '');
    this.problems = parsed.ok ? '' : formatProblems(parsed.problems);
    if (!parsed.ok) this.loaded = null;
  }

  /** The drill with its map and roster, loaded once; null (with `problems` set) when it does not load. */
  drill(): Drill | null {
    if (this.loaded === undefined) {
      const result = loadDrill(this.path, readContent);
      this.loaded = result.ok ? result.value : null;
      if (!result.ok) this.problems = formatProblems(result.problems);
    }
    return this.loaded;
  }

  get checked(): boolean { return this.loaded !== undefined; }
}

/** Every bundled drill file, in file-name order. */
export function scenarioCatalog(): CatalogEntry[] {
  return [...contentFiles.keys()].filter((path) => /^scenarios\/[^/]+\.json$/.test(path)).sort().map((path) => new CatalogEntry(path));
}

/** Every bundled micro-drill (`scenarios/training/*.json`), in file-name order: self-training's catalog, and what the rehearsal log names and scores a trainee's entries by. */
export function microDrillCatalog(): CatalogEntry[] {
  return [...contentFiles.keys()].filter((path) => /^scenarios\/training\/[^/]+\.json$/.test(path)).sort().map((path) => new CatalogEntry(path));
}

/** The entry a `?scenario=` names, by scenario id or file name. */
export function findScenario(catalog: readonly CatalogEntry[], name: string): CatalogEntry | undefined {
  return catalog.find((e) => e.id === name) ?? catalog.find((e) => e.path === `scenarios/${name}.json`);
}

/**
 * Loads every entry in full, one at a time between frames, while `keepGoing()` holds (the home screen is up), and
 * calls `found` when one turns out not to load.
 */
export function checkInBackground(catalog: readonly CatalogEntry[], keepGoing: () => boolean, found: (entry: CatalogEntry) => void): void {
  const next = catalog.find((e) => !e.checked);
  if (!next) return;
  setTimeout(() => {
    if (!keepGoing()) return;
    if (!next.drill()) found(next);
    checkInBackground(catalog, keepGoing, found);
  }, 30);
}
