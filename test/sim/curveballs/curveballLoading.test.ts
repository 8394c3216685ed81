// The township's curveball templates load with the drill; a bad file is a list of problems naming file and field.
import { describe, expect, it } from 'vitest';
import { formatProblems, loadDrill } from '../../../src/sim/index.ts';
import { fileText, readWith } from '../../support/demoDrill.ts';

const scenario = 'scenarios/demo-flood-transfer.json';
const file = 'scenarios/curveballs/demo-township.json';
const templates = () => JSON.parse(fileText(file)) as { schemaVersion: 1; templates: { id: string; incident: Record<string, unknown> }[] };

function problemsWith(content: unknown): string {
  const loaded = loadDrill(scenario, readWith({ [file]: typeof content === 'string' ? content : JSON.stringify(content) }));
  if (loaded.ok) throw new Error('the drill loaded');
  return formatProblems(loaded.problems);
}

describe('loading curveball templates', () => {
  it('loads the demo township’s templates with every drill on its map', () => {
    const loaded = loadDrill(scenario, readWith({}));
    expect(loaded.ok && loaded.value.curveballs.map((t) => t.id)).toContain('road-crash');
    expect(loaded.ok && loaded.value.files.curveballs).toBe(file);
  });

  it('gives a township without a curveball file no templates, and no problem', () => {
    const loaded = loadDrill(scenario, (path) => (path === file ? undefined : readWith({})(path)));
    expect(loaded.ok && loaded.value.curveballs).toEqual([]);
  });

  it('names the file and field of a misspelt key and of a missing factor field', () => {
    const bad = templates();
    bad.templates[0]!.incident.smoulderSeconds = 10;
    delete bad.templates[3]!.incident.vehicles;
    const problems = problemsWith(bad);
    expect(problems).toContain(`${file}: templates.0.incident: Unrecognized key: "smoulderSeconds"`);
    expect(problems).toContain(`${file}: templates.3.incident.vehicles:`);
  });

  it('names a team or road the township does not have', () => {
    const bad = templates();
    (bad.templates[4]!.incident.discovery as { by: string }).by = 'nobody';
    bad.templates[6]!.incident.approachRoads = ['no-such-road'];
    const problems = problemsWith(bad);
    expect(problems).toContain(`${file}: templates.4.incident.discovery.by: no team "nobody"`);
    expect(problems).toContain(`${file}: templates.6.incident.approachRoads.0: no road "no-such-road"`);
  });

  it('refuses a template that is not a whole incident of its kind', () => {
    const bad = templates();
    delete bad.templates[0]!.incident.building;
    expect(problemsWith(bad)).toContain(`${file}: templates.0.incident.building: required for a fire of kind building (use {} for every default)`);
  });

  it('refuses a template id used twice', () => {
    const bad = templates();
    bad.templates[2]!.id = bad.templates[1]!.id;
    expect(problemsWith(bad)).toContain(`${file}: templates.2.id: the template id "grass-fire" is used twice`);
  });

  it('refuses a file that is not JSON, with the file named', () => {
    expect(problemsWith('{ "schemaVersion": 1, ')).toMatch(new RegExp(`^${file}: `));
  });
});
