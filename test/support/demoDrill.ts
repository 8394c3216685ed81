// Loads the demo township's drills from the files on disk, once per test file.
import { readContentFiles } from '../../src/cli/readContentFiles.ts';
import type { Drill, Simulation, TimedOrder } from '../../src/sim/index.ts';
import { createSimulation, formatProblems, loadDrill, loadReferencePlan } from '../../src/sim/index.ts';

export const demoScenarioPath = 'scenarios/demo-flood-transfer.json';

const cached = new Map<string, Drill>();

/** A drill from the scenarios folder, loaded once per test file. */
export function scenarioDrill(path: string): Drill {
  const known = cached.get(path);
  if (known) return known;
  const loaded = loadDrill(path, readContentFiles);
  if (!loaded.ok) throw new Error(`${path} does not load:\n${formatProblems(loaded.problems)}`);
  cached.set(path, loaded.value);
  return loaded.value;
}

/** A drill's reference plan from the plans folder beside its scenario; null when it has none. */
export function referencePlanOf(drill: Drill): TimedOrder[] | null {
  const plan = loadReferencePlan(drill, readContentFiles);
  if (!plan.ok) throw new Error(formatProblems(plan.problems));
  return plan.value;
}

export function demoDrill(): Drill {
  return scenarioDrill(demoScenarioPath);
}

export function demoSimulation(seed?: string | number): Simulation {
  return createSimulation(demoDrill(), seed);
}

/** Reads content from an in-memory table of files, falling back to the disk for the rest. */
export function readWith(overrides: Record<string, string>) {
  return (path: string) => overrides[path] ?? readContentFiles(path);
}

export function fileText(path: string): string {
  const text = readContentFiles(path);
  if (text === undefined) throw new Error(`missing test input ${path}`);
  return text;
}
