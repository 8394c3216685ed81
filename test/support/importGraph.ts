// The import graph of a folder of TypeScript modules, read with the TypeScript parser, and its cycles. Type-only
// imports count too: they cannot make a module load before its dependency, but a cycle of types is a tangle all the
// same (two modules that can only be understood together), and one import made a run-time import closes it.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

export type ImportGraph = ReadonlyMap<string, readonly string[]>;

function modulesUnder(folder: string): string[] {
  return readdirSync(folder).sort().flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return modulesUnder(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** The relative modules a source imports or re-exports from, type-only imports included. */
export function importedModules(file: string, source: string): string[] {
  const parsed = ts.createSourceFile(file, source, ts.ScriptTarget.Latest);
  return parsed.statements.flatMap((statement) => {
    if (!ts.isImportDeclaration(statement) && !ts.isExportDeclaration(statement)) return [];
    const specifier = statement.moduleSpecifier;
    if (!specifier || !ts.isStringLiteral(specifier) || !specifier.text.startsWith('.')) return [];
    return [resolve(dirname(file), specifier.text)];
  });
}

/** Every module under `folder` (by path relative to it) with the modules under `folder` it imports, types included. */
export function importGraph(folder: string): ImportGraph {
  const root = resolve(folder);
  const graph = new Map<string, string[]>();
  for (const file of modulesUnder(root)) {
    const inside = importedModules(file, readFileSync(file, 'utf8')).filter((target) => target.startsWith(`${root}/`));
    graph.set(relative(root, file), inside.map((target) => relative(root, target)));
  }
  return graph;
}

/** The cycles of the graph: each strongly connected set of two or more modules, or a module importing itself (Tarjan). */
export function importCycles(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (module: string): void => {
    index.set(module, index.size);
    low.set(module, index.get(module)!);
    stack.push(module);
    onStack.add(module);
    for (const next of graph.get(module) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(module, Math.min(low.get(module)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(module, Math.min(low.get(module)!, index.get(next)!));
    }
    if (low.get(module) !== index.get(module)) return;
    const members: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      members.push(member);
    } while (member !== module);
    if (members.length > 1 || (graph.get(module) ?? []).includes(module)) cycles.push(members.sort());
  };
  for (const module of graph.keys()) if (!index.has(module)) visit(module);
  return cycles;
}
