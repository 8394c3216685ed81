import { describe, expect, it } from 'vitest';
import { scoresCsv } from '../../../src/review/csv/scoresCsv.ts';
import { scenarioDrill } from '../../support/demoDrill.ts';
import { planOrders } from '../../support/demoPlan.ts';
import { parseCsv } from '../../support/parseCsv.ts';
import { reviewDataOf } from '../../support/reviewDataOf.ts';

describe('scores CSV', () => {
  const drill = scenarioDrill('scenarios/demo-market-gas-leak.json');
  const planned = reviewDataOf(drill, { orders: planOrders('scenarios/plans/demo-market-gas-leak.json'), finishedAt: '2026-07-15T16:05:00+08:00' });
  const rows = parseCsv(scoresCsv(planned, 'zh').slice(1));
  const rowAfter = (label: string) => rows[rows.findIndex((r) => r[0] === label) + 1];

  it('lists every capability with its subtotal and rating, then each item by name with its points', () => {
    expect(rows[0]).toEqual(['能力', '评估项', '适用', '得分', '满分', '评级']);
    expect(rows).toContainEqual(['信息报告', '（小计）', '是', '22.0', '22', 'P']);
    expect(rows).toContainEqual(['疏散安置', '（小计）', '否', '0.0', '0', '不适用']);
    expect(rows).toContainEqual(['信息报告', '按时限报告（无迟报、瞒报）', '是', '10.0', '10', '']);
  });

  it('gives the total and conclusion the score engine reached', () => {
    expect(rows).toContainEqual(['总分', String(planned.score.total)]);
    expect(rows).toContainEqual(['结论', '优秀']);
  });

  it('lists each team’s scorecard by name and each finding with its owner and due date', () => {
    expect(rowAfter('各单位评分卡')).toEqual(['单位', '下达指令', '被拒指令', '报送报告', '要素不全', '内容不实', '力量到场']);
    const police = rows.find((r) => r[0] === '派出所')!;
    expect(police.slice(1).map(Number)).toEqual([5, 0, 1, 0, 0, 2]);
    const finding = rows.find((r) => r[0] === '配合单位参与处置' && r[3] === '乡卫生院')!;
    expect(finding[1]).toBe('集贸市场餐馆液化气泄漏：配合单位乡卫生院未实际参与处置');
    expect(finding.slice(3)).toEqual(['乡卫生院', '30', '2026-08-14']);
  });

  it('shows names, never ids, anywhere in the sheet', () => {
    const ids = ['paichusuo', 'weishengyuan', 'market-lpg-leak', 'command-post', 'supportTookPart', 'reportOnTime', 'on-time'];
    for (const row of rows) for (const cell of row) for (const id of ids) expect(cell).not.toContain(id);
  });

  it('names the vetoes of a drill where nobody reported, and says "none" when there were none', () => {
    expect(rows[rows.findIndex((r) => r[0] === '一票否决') + 2]).toEqual(['（无）']);
    const silent = parseCsv(scoresCsv(reviewDataOf(drill), 'zh').slice(1));
    expect(silent).toContainEqual(['结论', '不合格']);
    expect(silent).toContainEqual(['瞒报', '集贸市场餐馆液化气泄漏', '集贸市场餐馆液化气泄漏：瞒报（10分钟时限内未向县报告）']);
  });
});
