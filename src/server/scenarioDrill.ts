// A scenario for a room, by its id: scenarios/<id>.json beside its map, roster and rubric, checked like the command
// line checks it. An id is a lower-case word (the protocol's schema), so it never names a file outside the folder.
import { join } from 'node:path';
import type { Drill } from '../sim/index.ts';
import { formatProblems, loadDrill } from '../sim/index.ts';
import { readContentFiles } from '../cli/readContentFiles.ts';

export function scenarioDrill(scenariosFolder: string, scenarioId: string): { ok: true; drill: Drill } | { ok: false; problem: string } {
  try {
    const loaded = loadDrill(join(scenariosFolder, `${scenarioId}.json`), readContentFiles);
    return loaded.ok ? { ok: true, drill: loaded.value } : { ok: false, problem: formatProblems(loaded.problems) };
  } catch (error) {
    return { ok: false, problem: error instanceof Error ? error.message : String(error) };
  }
}
