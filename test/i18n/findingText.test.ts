// A score reaches a person only in words: every demo scenario, left alone and under its reference plan, scored and
// worded in Chinese and English — the review's findings and vetoes, the score CSV, the terminal's lines — shows names,
// never an internal id or code, nothing undefined, no "…" placeholder, and no Chinese in the English.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runDrill } from '../../src/cli/runDrill.ts';
import { scoreLines } from '../../src/cli/scoreLines.ts';
import { scoreRun } from '../../src/cli/scoreRun.ts';
import { findingAction, findingProblem } from '../../src/i18n/findingText.ts';
import { namesWith } from '../../src/i18n/names.ts';
import { findingWordsZhCN } from '../../src/i18n/findingWords.ts';
import type { Language } from '../../src/i18n/translate.ts';
import { scoresCsv } from '../../src/review/csv/scoresCsv.ts';
import type { DrillScore, World } from '../../src/sim/index.ts';
import { buildWorld, measureIds } from '../../src/sim/index.ts';
import { scenarioDrill } from '../support/demoDrill.ts';
import { planOrders } from '../support/demoPlan.ts';

const scenarios = readdirSync('scenarios').filter((f) => f.endsWith('.json') && !f.endsWith('schema.json')).sort();
const plans = new Set(readdirSync('scenarios/plans'));

/** Ids that are also ordinary English words, which the English rightly uses ("to the county", "the market restaurant"):
 *  a word of the content's own English names is a word, not an id. */
function ordinaryWords(world: World): Set<string> {
  const names = [...world.objects.values(), ...world.units.values(), ...world.drill.map.roads].map((o) => o.nameEn);
  const titles = world.drill.scenario.incidents.map((i) => i.titleEn);
  return new Set(['county', 'facilitator', ...[...names, ...titles].flatMap((n) => n.toLowerCase().split(/[^a-z0-9-]+/))]);
}

/** Every id of the drill a person must never read, and every code of the score. */
function forbiddenTokens(world: World, score: DrillScore, language: Language): string[] {
  const words = language === 'en' ? ordinaryWords(world) : new Set<string>();
  const { drill } = world;
  return [...new Set([
    ...world.objects.keys(), ...world.units.keys(), ...world.teams, ...drill.map.roads.map((r) => r.id),
    ...drill.scenario.incidents.map((i) => i.id), ...drill.scenario.injects.map((i) => i.id),
    ...measureIds, ...score.findings.map((f) => f.code), ...score.vetoes.map((v) => v.code),
    'command-post', 'undefined', 'NaN', 'null',
  ])].filter((t) => t.length > 2 && !words.has(t));
}

/** The tokens of a text an id could be: runs of latin letters, digits, dots, hyphens and underscores. */
const tokensOf = (text: string) => text.match(/[A-Za-z0-9][A-Za-z0-9._-]*/g) ?? [];

function problemsIn(text: string, language: Language, forbidden: readonly string[]): string[] {
  const found: string[] = [];
  const tokens = new Set(tokensOf(text));
  for (const token of forbidden) if (tokens.has(token)) found.push(`id or code "${token}"`);
  if (/[{}]|…|\(not recorded\)|（未记录）/.test(text)) found.push('a placeholder');
  if (language === 'en' && /\p{Script=Han}/u.test(text)) found.push('Chinese in English');
  return found.map((p) => `${p} in: ${text}`);
}

function wordsOf(world: World, score: DrillScore, language: Language): string[] {
  return [
    ...score.findings.flatMap((f) => [findingProblem(world, language, f), findingAction(language, f)]),
    ...score.vetoes.map((v) => findingProblem(world, language, v)),
    ...scoreLines(world, score, language),
  ];
}

describe.each(scenarios)('the score of %s in words', { timeout: 300_000 }, (file) => {
  const runs = plans.has(file) ? ['idle', 'plan'] as const : ['idle'] as const;
  it.each(runs)('names every team, village and incident of the %s run in both languages, and leaves nothing unsaid', (run) => {
    const drill = scenarioDrill(`scenarios/${file}`);
    const orders = run === 'plan' ? planOrders(`scenarios/plans/${file}`) : [];
    const { sim } = runDrill({ drill, seed: drill.scenario.seed, orders, untilS: drill.scenario.durationS });
    const record = sim.record();
    const score = scoreRun(drill, record);
    const state = sim.snapshot();
    const data = { world: namesWith(sim.world, state.curveballs), record, state, events: record.events, score, finishedAt: '2026-07-15T16:05:00+08:00', mode: 'hall' as const, team: null };
    for (const language of ['zh', 'en'] as const) {
      const texts = [...wordsOf(sim.world, score, language), ...scoresCsv(data, language).split(/\r\n/)];
      const forbidden = forbiddenTokens(sim.world, score, language);
      expect(texts.flatMap((t) => problemsIn(t, language, forbidden))).toEqual([]);
    }
    if (run === 'idle') expect(score.findings.length + score.vetoes.length).toBeGreaterThan(0);
  });
});

describe('every code of the scoring engine in words', () => {
  const world = buildWorld(scenarioDrill('scenarios/demo-market-gas-leak.json'));
  const village = world.drill.map.villages[0]!.id;
  const params = {
    incident: 'market-lpg-leak', team: 'paichusuo', village, level: 'county', colour: 'orange', missing: 'course,measures,estimatedLossYuan',
    reasons: 'not-your-unit,unit-lacks-capability', delayMin: 12, standardMin: 10, deadlineMin: 60, idleMin: 25, count: 2, atMin: 5, knownMin: 8,
    missed: 1, due: 3, movedPct: 40, expectedPct: 80, byMin: 30, savedPct: 20, achievedPct: 50, figure: 3, yardstick: 2, excessPct: 50,
    deadCount: 2, baselineDeadCount: 2, share: 1, elements: 'injured,place,factor,loss,time',
    injuredSaid: 2, injuredTruth: 16, injuredTolerance: 3, placeSaid: '东村卫生室', placeTruth: world.drill.scenario.incidents[0]!.groundTruth.placeZh, placeTolerance: 500,
    factorSaid: 'fire', factorTruth: 'explosion', lossSaid: 1000, lossTruth: 80_000, lossTolerance: 3, timeSaid: 600, timeTruth: 0, timeTolerance: 300,
  };
  const codes = Object.keys(findingWordsZhCN).filter((k) => k.startsWith('problem.') && !k.endsWith('.never')).map((k) => k.slice('problem.'.length));
  const score = { findings: codes.map((code) => ({ item: 'reportOnTime', code, params, owner: 'paichusuo', deadlineDays: 30 })), vetoes: [] } as unknown as DrillScore;

  it.each(['zh', 'en'] as const)('fills every particular in %s, with names for ids and nothing of Chinese in English but what a player wrote', (language) => {
    const forbidden = forbiddenTokens(world, score, language);
    const texts = codes.flatMap((code) => [findingProblem(world, language, { code, params }), ...(code.startsWith('veto.') ? [] : [findingAction(language, { code })]),
      findingProblem(world, language, { code, params: { ...params, delayMin: 'never' } })]);
    const english = (t: string) => t.replaceAll(params.placeSaid, '');
    expect(texts.flatMap((t) => problemsIn(language === 'en' ? english(t) : t, language, forbidden))).toEqual([]);
    expect(texts.filter((t) => t === '')).toEqual([]);
  });

  it('says what a report got wrong against the truth, in the reader’s units', () => {
    const untrue = findingProblem(world, 'en', { code: 'report.untrue', params });
    expect(untrue).toContain('injured 2 (truth: 16, tolerance 3)');
    expect(untrue).toContain('type fire (truth: explosion)');
    expect(untrue).toContain('direct loss 1000 yuan (truth: 80000 yuan, tolerance ×3)');
    expect(findingProblem(world, 'zh', { code: 'report.incomplete', params })).toContain('简要经过、措施、损失');
  });
});
