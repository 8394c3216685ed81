// The core loads without import cycles, type-only imports included: a run-time cycle makes a module run before what
// it imports is defined, and a cycle of types is a tangle that one import made a run-time import turns into one.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importCycles, importGraph } from '../support/importGraph.ts';

describe('the core’s imports', () => {
  it('form no cycle inside src/sim, type-only imports included', () => {
    const graph = importGraph('src/sim');
    expect(graph.size).toBeGreaterThan(100);
    expect(importCycles(graph)).toEqual([]);
  });
});

describe('the cycle finder', () => {
  const folder = mkdtempSync(join(tmpdir(), 'drillhall-cycles-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('finds a loop through three modules and a module importing itself, and nothing in a chain', () => {
    const graph = new Map([['a.ts', ['b.ts']], ['b.ts', ['c.ts']], ['c.ts', ['a.ts', 'd.ts']], ['d.ts', []], ['e.ts', ['e.ts']], ['f.ts', ['d.ts']]]);
    expect(importCycles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts'], ['e.ts']]);
  });

  it('reads run-time imports, re-exports and type-only imports of src/sim', () => {
    const graph = importGraph('src/sim');
    expect(graph.get('index.ts')).toContain('simulation.ts');
    expect(graph.get('record.ts')).toEqual(['events.ts', 'orders/order.ts', 'orders/rejection.ts', 'ledger/applyHazards.ts', 'ledger/drillForHazard.ts']);
  });

  it('finds a cycle made only of type imports and type re-exports, and none once one side stops importing', () => {
    mkdirSync(join(folder, 'state'));
    writeFileSync(join(folder, 'context.ts'), "import type { State } from './state/state.ts';\nexport interface Context { state: State }\n");
    writeFileSync(join(folder, 'state/state.ts'), "import type { Context } from '../context.ts';\nexport interface State { owner: Context | null }\n");
    writeFileSync(join(folder, 'view.ts'), "export type { State } from './state/state.ts';\n");
    expect(importCycles(importGraph(folder))).toEqual([['context.ts', 'state/state.ts']]);
    writeFileSync(join(folder, 'state/state.ts'), 'export interface State { ownerId: string | null }\n');
    expect(importCycles(importGraph(folder))).toEqual([]);
  });
});
