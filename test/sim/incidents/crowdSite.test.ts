import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDrill } from '../../../src/sim/index.ts';
import { CrowdSite } from '../../../src/sim/incidents/crowd/crowdSite.ts';
import { fieldCell } from '../../../src/sim/incidents/crowd/floorField.ts';
import { siteLayout } from '../../../src/sim/incidents/crowd/siteLayout.ts';
import { fileText, readWith } from '../../support/demoDrill.ts';

const forecourt = () => CrowdSite.parse(JSON.parse(fileText('scenarios/sites/miaohui-square.json')));
const issues = (changes: Record<string, unknown>) => {
  const parsed = CrowdSite.safeParse({ ...(JSON.parse(fileText('scenarios/sites/miaohui-square.json')) as object), ...changes });
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('a crowd site plan', () => {
  it('names the opening that is off the site’s edge, too narrow for a person, or a repeated id', () => {
    expect(issues({ bottleneck: { id: 'door', nameZh: '门', nameEn: 'door', segment: [8, 1, 10, 1] } })).toEqual(['bottleneck.segment: must lie along one edge of the site (x = 0 or widthM, or y = 0 or depthM)']);
    expect(issues({ bottleneck: { id: 'door', nameZh: '门', nameEn: 'door', segment: [8, 0, 8.5, 0] } })).toEqual(['bottleneck.segment: must be at least 0.8 m wide to let a person through']);
    expect(issues({ bottleneck: { id: 'main-gate', nameZh: '门', nameEn: 'door', segment: [8, 0, 10, 0] } })).toEqual(['bottleneck.id: "main-gate" is used twice on this site']);
  });

  it('names areas drawn the wrong way round, walls outside the site and misspelt keys', () => {
    expect(issues({ standingArea: [10, 10, 2, 2] })).toEqual(['standingArea: must be [x1, y1, x2, y2] with x1 < x2 ≤ widthM and y1 < y2 ≤ depthM']);
    expect(issues({ walls: [[0, 0, 30, 0]] })).toEqual(['walls.0: must lie inside the site']);
    expect(issues({ wall: [] }).join()).toMatch(/wall/);
  });

  it('is walled round except at its gates, its bottleneck and the exits that are open', () => {
    const site = forecourt();
    const closed = siteLayout(site, [false, false], false);
    const eastOpen = siteLayout(site, [true, false], false);
    const onEastEdge = (walls: number[]) => walls.filter((_, k) => k % 4 === 0 && walls[k] === 18 && walls[k + 2] === 18).length;
    expect(onEastEdge(eastOpen.walls)).toBe(onEastEdge(closed.walls) + 1);
    expect(closed.waysOut.map((o) => o.id)).toEqual(['main-gate']);
    expect(eastOpen.waysOut.map((o) => o.id)).toEqual(['east-gate', 'main-gate']);
    expect(siteLayout(site, [true, false], true).waysOut.map((o) => o.id)).toEqual(['east-gate']);
    expect(siteLayout(site, [true, false], false)).toBe(eastOpen);
  });

  it('leads from every open spot to the temple gate, around the incense burner, without getting stuck', () => {
    const site = forecourt();
    const field = siteLayout(site, [false, false], false).toBottleneck;
    let reached = 0;
    for (let cell = 0; cell < field.cols * field.rows; cell++) {
      if (!Number.isFinite(field.distanceM[cell]!)) continue;
      let x = ((cell % field.cols) + 0.5) * field.cellM;
      let y = (Math.floor(cell / field.cols) + 0.5) * field.cellM;
      for (let step = 0; step < 400 && y > 0; step++) {
        const here = fieldCell(field, x, y);
        x += 0.2 * field.dirX[here]!;
        y += 0.2 * field.dirY[here]!;
      }
      if (y <= 0.5 && x > 8.1 && x < 9.9) reached++;
      else throw new Error(`stuck at ${x.toFixed(2)}, ${y.toFixed(2)} from cell ${cell}`);
    }
    expect(reached).toBeGreaterThan(500);
  });
});

describe('a crowd incident under random input', () => {
  const path = 'scenarios/demo-temple-fair-crush.json';
  const scenario = JSON.parse(fileText(path)) as { incidents: unknown[] };

  /** Replaces the value at one random path of a JSON tree with a random JSON value. */
  function mutate(tree: unknown, picks: number[], replacement: unknown): unknown {
    if (picks.length === 0 || tree === null || typeof tree !== 'object') return replacement;
    const [pick, ...rest] = picks;
    const copy: Record<string, unknown> = Array.isArray(tree) ? { ...tree } : { ...(tree as Record<string, unknown>) };
    const keys = Object.keys(copy);
    if (keys.length === 0) return replacement;
    const key = keys[pick! % keys.length]!;
    copy[key] = mutate(copy[key], rest, replacement);
    return Array.isArray(tree) ? Object.values(copy) : copy;
  }

  it('explains, never crashes, when one value anywhere in the crowd incident or its site is replaced', () => {
    fc.assert(fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), fc.jsonValue({ maxDepth: 2 }), (picks, value) => {
      const text = JSON.stringify({ ...scenario, incidents: [mutate(scenario.incidents[0], picks, value)] });
      const loaded = loadDrill(path, readWith({ [path]: text }));
      if (!loaded.ok) for (const p of loaded.problems) expect(p.problem.length).toBeGreaterThan(0);
    }), { numRuns: 300 });
  });
});
