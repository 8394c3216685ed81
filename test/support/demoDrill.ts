// Builds the demo township's flood-transfer drill from the files on disk, once per test file.
import { readContentFiles } from '../../src/cli/readContentFiles.ts';
import type { Drill, Simulation } from '../../src/sim/index.ts';
import { createSimulation, formatProblems, loadDrill } from '../../src/sim/index.ts';

export const demoScenarioPath = 'scenarios/demo-flood-transfer.json';

let cached: Drill | undefined;

export function demoDrill(): Drill {
  if (cached) return cached;
  const loaded = loadDrill(demoScenarioPath, readContentFiles);
  if (!loaded.ok) throw new Error(`the demo drill does not load:\n${formatProblems(loaded.problems)}`);
  cached = loaded.value;
  return cached;
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
