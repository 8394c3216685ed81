// The cross-engine page's script: the same drills and the same math fixture as the test runner computes in Node,
// run here in the browser's engine, on request from test/e2e/crossEngine.spec.ts.
import type { ReadContent } from '../../../src/sim/index.ts';
import type { CrossEngineOutcome } from '../../support/crossEngineRuns.ts';
import { crossEngineDrills, crossEngineOutcome } from '../../support/crossEngineRuns.ts';
import { mathFixtureMismatches, mathFixtureSize } from '../../support/mathFixture.ts';
import fixture from '../../sim/math/detMathBits.json';

const bundled = import.meta.glob<string>(['../../../scenarios/**/*.{json,tmj}', '!**/*schema.json'], { query: '?raw', import: 'default', eager: true });
const contentFiles = new Map(Object.entries(bundled).map(([key, text]) => [key.replace(/^(\.\.\/)+/, ''), text]));
const read: ReadContent = (path) => contentFiles.get(path);

export interface CrossEnginePage {
  /** The drills compared, by name. */
  drills: string[];
  /** Starts a drill in the next task, so the caller can compute its own meanwhile; `result(name)` has it when done. */
  start(name: string): void;
  result(name: string): CrossEngineOutcome | string | null;
  /** The fixture's row count and every row whose bits differ here. */
  mathCheck(): { rows: number; mismatches: string[] };
}

const results = new Map<string, CrossEngineOutcome | string>();

const page: CrossEnginePage = {
  drills: crossEngineDrills([...contentFiles.keys()]),
  start(name) {
    results.delete(name);
    setTimeout(() => {
      try {
        results.set(name, crossEngineOutcome(read, name));
      } catch (error) {
        results.set(name, error instanceof Error ? error.message : String(error));
      }
    }, 0);
  },
  result: (name) => results.get(name) ?? null,
  mathCheck: () => ({ rows: mathFixtureSize(fixture), mismatches: mathFixtureMismatches(fixture) }),
};

declare global {
  interface Window { __crossEngine?: CrossEnginePage }
}

window.__crossEngine = page;
