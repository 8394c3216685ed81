// The core loads without import cycles: a cycle makes a module run before what it imports is defined.
import { describe, expect, it } from 'vitest';
import { importCycles, importGraph } from '../support/importGraph.ts';

describe('the core’s imports', () => {
  it('form no cycle inside src/sim', () => {
    const graph = importGraph('src/sim');
    expect(graph.size).toBeGreaterThan(100);
    expect(importCycles(graph)).toEqual([]);
  });
});

describe('the cycle finder', () => {
  it('finds a loop through three modules and a module importing itself, and nothing in a chain', () => {
    const graph = new Map([['a.ts', ['b.ts']], ['b.ts', ['c.ts']], ['c.ts', ['a.ts', 'd.ts']], ['d.ts', []], ['e.ts', ['e.ts']], ['f.ts', ['d.ts']]]);
    expect(importCycles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts'], ['e.ts']]);
  });

  it('reads run-time imports and re-exports of src/sim but not type-only ones', () => {
    const graph = importGraph('src/sim');
    expect(graph.get('index.ts')).toContain('simulation.ts');
    expect(graph.get('record.ts')).toEqual([]);
  });
});
