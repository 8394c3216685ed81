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

  it('lists every capability with its subtotal and rating, then each item with its measure and points', () => {
    expect(rows[0]).toEqual(['能力', '评估项编号', '评估项', '度量', '适用', '得分', '满分', '评级']);
    expect(rows).toContainEqual(['信息报告', '（小计）', '', '', '是', '22.0', '22', 'P']);
    expect(rows).toContainEqual(['疏散安置', '（小计）', '', '', '否', '0.0', '0', '不适用']);
    expect(rows).toContainEqual(['信息报告', 'on-time', '按时限报告（无迟报、瞒报）', 'reportOnTime', '是', '10.0', '10', '']);
  });

  it('gives the total and conclusion the score engine reached', () => {
    expect(rows).toContainEqual(['总分', String(planned.score.total)]);
    expect(rows).toContainEqual(['结论', '优秀']);
  });

  it('lists each team’s scorecard by name and each finding with its owner and due date', () => {
    expect(rowAfter('各单位评分卡')).toEqual(['单位编号', '单位', '下达指令', '被拒指令', '报送报告', '要素不全', '内容不实', '力量到场']);
    const police = rows.find((r) => r[0] === 'paichusuo')!;
    expect(police.slice(2).map(Number)).toEqual([5, 0, 1, 0, 0, 2]);
    const finding = rows.find((r) => r[0] === 'supportTookPart' && r[4] === 'weishengyuan')!;
    expect(finding[1]).toBe('配合单位参与处置');
    expect(finding[2]).toContain('weishengyuan');
    expect(finding.slice(5)).toEqual(['乡卫生院', '30', '2026-08-14']);
  });

  it('names the vetoes of a drill where nobody reported, and says "none" when there were none', () => {
    expect(rows[rows.findIndex((r) => r[0] === '一票否决') + 2]).toEqual(['（无）']);
    const silent = parseCsv(scoresCsv(reviewDataOf(drill), 'zh').slice(1));
    expect(silent).toContainEqual(['结论', '不合格']);
    expect(silent).toContainEqual(['瞒报', 'market-lpg-leak', 'market-lpg-leak：瞒报（到期未向县报告）']);
  });
});
