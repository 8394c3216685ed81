// Writes JSON Schemas for scenario, roster, rubric, curveball and doctrine files from the zod schemas, so editors check content as it is typed.
// `--check` only compares, failing when the committed files are out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { RosterSchema } from '../sim/index.ts';
import { ScenarioSchema } from '../sim/index.ts';
import { RubricSchema } from '../sim/index.ts';
import { CurveballFile } from '../sim/index.ts';
import { DoctrineFile, ScenarioDoctrineFile } from '../sim/index.ts';

const targets = [
  { path: 'scenarios/schema.json', title: 'DrillHall scenario (演练情景)', schema: ScenarioSchema },
  { path: 'scenarios/roster.schema.json', title: 'DrillHall roster (应急力量名册)', schema: RosterSchema },
  { path: 'scenarios/rubric.schema.json', title: 'DrillHall rubric (演练评估表)', schema: RubricSchema },
  { path: 'scenarios/curveball.schema.json', title: 'DrillHall curveball templates (突发情况模板)', schema: CurveballFile },
  { path: 'scenarios/doctrine.schema.json', title: 'DrillHall township doctrine (自动推演职责规则)', schema: DoctrineFile },
  { path: 'scenarios/scenario-doctrine.schema.json', title: 'DrillHall scenario doctrine settings (情景自动推演设置)', schema: ScenarioDoctrineFile },
];

function render(title: string, schema: z.ZodType): string {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ title, ...json }, null, 2)}\n`;
}

const check = process.argv.includes('--check');
let stale = 0;
for (const { path, title, schema } of targets) {
  const text = render(title, schema);
  let current = '';
  try { current = readFileSync(path, 'utf8'); } catch { current = ''; }
  if (current === text) continue;
  if (check) {
    process.stderr.write(`${path} is out of date: run npm run schema\n`);
    stale++;
  } else {
    writeFileSync(path, text);
    process.stdout.write(`wrote ${path}\n`);
  }
}
process.exitCode = stale > 0 ? 1 : 0;
