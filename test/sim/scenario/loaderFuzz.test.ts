import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDrill } from '../../../src/sim/index.ts';
import { demoScenarioPath, fileText, readWith } from '../../support/demoDrill.ts';

const mapPath = 'scenarios/maps/demo-township.tmj';
const scenarioText = fileText(demoScenarioPath);
const scenario = JSON.parse(scenarioText) as unknown;
const map = JSON.parse(fileText(mapPath)) as unknown;

/** Replaces the value at one random path of a JSON tree with a random JSON value. */
function mutate(tree: unknown, pathPicks: number[], replacement: unknown): unknown {
  if (pathPicks.length === 0 || tree === null || typeof tree !== 'object') return replacement;
  const [pick, ...rest] = pathPicks;
  const copy: Record<string, unknown> | unknown[] = Array.isArray(tree) ? [...(tree as unknown[])] : { ...(tree as Record<string, unknown>) };
  const keys = Object.keys(copy);
  if (keys.length === 0) return replacement;
  const key = keys[pick! % keys.length]!;
  (copy as Record<string, unknown>)[key] = mutate((copy as Record<string, unknown>)[key], rest, replacement);
  return copy;
}

/** Loading never throws: it returns a drill, or problems that each name a file and say what is wrong. */
function loadsOrExplains(overrides: Record<string, string>): void {
  const loaded = loadDrill(demoScenarioPath, readWith(overrides));
  if (loaded.ok) return;
  expect(loaded.problems.length).toBeGreaterThan(0);
  for (const p of loaded.problems) {
    expect(p.file).toMatch(/\.(json|tmj)$/);
    expect(typeof p.path).toBe('string');
    expect(p.problem.length).toBeGreaterThan(0);
  }
}

describe('the loader under random input', () => {
  it('explains, never crashes, on arbitrary text as a scenario', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => loadsOrExplains({ [demoScenarioPath]: text })), { numRuns: 300 });
  });

  it('explains, never crashes, on arbitrary JSON as a scenario or a map', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 4 }), fc.boolean(), (json, asMap) => {
      loadsOrExplains({ [asMap ? mapPath : demoScenarioPath]: JSON.stringify(json) ?? 'null' });
    }), { numRuns: 300 });
  });

  it('explains, never crashes, when one value anywhere in the scenario is replaced', () => {
    fc.assert(fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), fc.jsonValue({ maxDepth: 2 }), (path, value) => {
      loadsOrExplains({ [demoScenarioPath]: JSON.stringify(mutate(scenario, path, value)) });
    }), { numRuns: 400 });
  });

  it('explains, never crashes, when one value anywhere in the map is replaced', () => {
    fc.assert(fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), (path, value) => {
      loadsOrExplains({ [mapPath]: JSON.stringify(mutate(map, path, value)) });
    }), { numRuns: 150 });
  });

  it('explains, never crashes, when the scenario text is cut short anywhere', () => {
    fc.assert(fc.property(fc.nat({ max: scenarioText.length - 1 }), (cut) => {
      loadsOrExplains({ [demoScenarioPath]: scenarioText.slice(0, cut) });
    }), { numRuns: 100 });
  });
});
