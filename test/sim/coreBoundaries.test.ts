// The house's lint boundaries (eslint.config.js), fed broken examples: `npm run lint`, part of `npm test`, fails on
// an import past src/sim/index.ts from outside the core and on any src/i18n import inside it.
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

// The example files do not exist on disk, so the type-checked rules (which need the program) are left out.
const eslint = new ESLint({ overrideConfig: [tseslint.configs.disableTypeChecked] });

async function restrictedImports(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the core’s boundaries in lint', { timeout: 60_000 }, () => {
  it('refuses a view that imports a core module past src/sim/index.ts, types too, and lets it import the index', async () => {
    expect(await restrictedImports('src/ui/exampleView.ts', "import { stateHash } from '../sim/stateHash.ts';\nexport const hash = stateHash;\n"))
      .toEqual([expect.stringContaining('Import the core through src/sim/index.ts only')]);
    expect(await restrictedImports('src/review/exampleRows.ts', "import type { IncidentState } from '../sim/incidents/incidentState.ts';\nexport type Row = IncidentState;\n"))
      .toEqual([expect.stringContaining('Import the core through src/sim/index.ts only')]);
    expect(await restrictedImports('src/ui/exampleView.ts', "import { stateHash } from '../sim/index.ts';\nexport const hash = stateHash;\n")).toEqual([]);
  });

  it('gives the benchmarks their own entry, src/sim/bench.ts, and nothing further', async () => {
    expect(await restrictedImports('src/cli/bench/exampleBench.ts', "import { spreadTable } from '../../sim/bench.ts';\nexport const table = spreadTable;\n")).toEqual([]);
    expect(await restrictedImports('src/cli/bench/exampleBench.ts', "import { spreadTable } from '../../sim/incidents/fire/spreadTable.ts';\nexport const table = spreadTable;\n"))
      .toEqual([expect.stringContaining('src/sim/index.ts or src/sim/bench.ts only')]);
  });

  it('refuses any src/i18n import inside the core, however deep', async () => {
    expect(await restrictedImports('src/sim/orders/exampleOrder.ts', "import { refusalText } from '../../i18n/refusalText.ts';\nexport const words = refusalText;\n"))
      .toContainEqual(expect.stringContaining('Words live in src/i18n: the core returns codes with parameters.'));
    expect(await restrictedImports('src/sim/scoring/exampleMeasure.ts', "import type { Language } from '../../i18n/translate.ts';\nexport type Lang = Language;\n"))
      .toContainEqual(expect.stringContaining('Words live in src/i18n'));
  });
});
