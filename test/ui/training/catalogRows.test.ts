import { describe, expect, it } from 'vitest';
import { microDrillCatalog } from '../../../src/ui/app/scenarioCatalog.ts';
import { catalogGroups, trainingHref } from '../../../src/ui/training/catalogRows.ts';

const entries = microDrillCatalog();

describe('the self-training catalog lists the micro-drills by role', () => {
  it('lists all sixteen micro-drills under the five roles, in both languages', () => {
    for (const lang of ['zh', 'en'] as const) {
      const groups = catalogGroups(entries, lang);
      expect(groups.map((g) => g.role)).toEqual(['informationReporter', 'militiaLeader', 'volunteer', 'villageCadre', 'stationDutyOfficer']);
      expect(groups.flatMap((g) => g.rows)).toHaveLength(16);
    }
    expect(catalogGroups(entries, 'zh').map((g) => g.name)).toContain('村信息员');
    expect(catalogGroups(entries, 'en').map((g) => g.name)).toContain('village information reporter');
  });

  it("shows each micro-drill's learning goal, the rule it trains, its factor and its length, in the reader's language", () => {
    const zh = catalogGroups(entries, 'zh').flatMap((g) => g.rows).find((r) => r.id === 'reporter-grass-fire-shangling')!;
    expect(zh.title).toBe('上岭村信息员：西岭草场起火报告');
    expect(zh.goal).toMatch(/^学习目标：发现火情后10分钟内/);
    expect(zh.rule).toMatch(/^训练的规则：/);
    expect(zh.meta).toBe('火灾 · 推演时长 40分钟 · 约 8 分钟（×5）');
    const en = catalogGroups(entries, 'en').flatMap((g) => g.rows).find((r) => r.id === 'reporter-grass-fire-shangling')!;
    expect(en.meta).toBe('fire · 40 min of drill time · about 8 min at ×5');
    expect(en.goal).toMatch(/^Learning goal: Within 10 minutes/);
  });

  it('shows names, never a micro-drill’s or a team’s id', () => {
    for (const lang of ['zh', 'en'] as const) {
      for (const row of catalogGroups(entries, lang).flatMap((g) => g.rows)) {
        const text = [row.title, row.goal, row.rule, row.meta].join(' ');
        expect(text).not.toContain(row.id);
        expect(text).not.toMatch(new RegExp(`\\b${row.team}\\b`));
      }
    }
  });

  it('starts a micro-drill on the device as its own team, coached or as a test', () => {
    const href = new URLSearchParams(trainingHref({ id: 'cadre-grass-fire-elderly-shangling', team: 'shangling' }, 'test', 'en').slice(1));
    expect(Object.fromEntries(href)).toEqual({ screen: 'seat', scenario: 'cadre-grass-fire-elderly-shangling', team: 'shangling', coach: 'test', speed: '5', lang: 'en' });
  });
});
