import { findingAction } from '../../../src/i18n/findingText.ts';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/review/report/buildReport.ts';
import type { EvaluationReport, ReportBlock, ReportSectionId } from '../../../src/review/report/reportModel.ts';
import { scenarioDrill } from '../../support/demoDrill.ts';
import { planOrders } from '../../support/demoPlan.ts';
import { reviewDataOf } from '../../support/reviewDataOf.ts';

const section = (report: EvaluationReport, id: ReportSectionId) => report.sections.find((s) => s.id === id)!;
const tables = (report: EvaluationReport, id: ReportSectionId) => section(report, id).blocks.filter((b): b is Extract<ReportBlock, { kind: 'table' }> => b.kind === 'table');
const text = (report: EvaluationReport, id: ReportSectionId) => JSON.stringify(section(report, id).blocks);

describe('the evaluation report of the market gas-leak drill under its reference plan', () => {
  const drill = scenarioDrill('scenarios/demo-market-gas-leak.json');
  const data = reviewDataOf(drill, { orders: planOrders('scenarios/plans/demo-market-gas-leak.json'), finishedAt: '2026-07-15T16:05:00+08:00' });
  const report = buildReport(data, 'zh');

  it('has the nine sections of an evaluation report, in order, titled in Chinese', () => {
    expect(report.title).toBe(`“${drill.scenario.titleZh}”演练评估报告`);
    expect(report.sections.map((s) => s.title)).toEqual([
      '一、演练目的', '二、演练时间和地点', '三、参演单位', '四、演练想定', '五、演练经过', '六、评估结论', '七、存在问题及原因', '八、经验教训', '九、整改措施',
    ]);
  });

  it('gives the day of the drill and the scenario’s own time and place', () => {
    const facts = section(report, 'timePlace').blocks[0];
    expect(facts).toMatchObject({ kind: 'facts' });
    expect(text(report, 'timePlace')).toContain('2026-07-15 16:05');
    expect(text(report, 'timePlace')).toContain('示范乡');
    expect(text(report, 'timePlace')).toContain(data.record.seed);
  });

  it('names as participants the teams that gave orders or had units on scene, with their scorecards', () => {
    const [cards] = tables(report, 'participants');
    expect(cards!.rows.map((r) => r[0])).toEqual(['乡应急指挥部', '供电所', '派出所', '市场监管所', '乡应急办']);
    expect(cards!.rows.find((r) => r[0] === '派出所')).toEqual(['派出所', '5', '0', '1', '2']);
  });

  it('tells the scenario as written: briefing, incident and the inject with its expected action', () => {
    const scenario = text(report, 'scenario');
    expect(scenario).toContain(drill.scenario.briefingZh);
    expect(scenario).toContain('集贸市场餐馆液化气泄漏');
    expect(scenario).toContain(drill.scenario.injects[0]!.expectedActionZh);
  });

  it('follows the course of the drill through its key moments in the feed’s own sentences', () => {
    const course = text(report, 'course');
    expect(course).toContain('共下达指令 15 条，其中被拒 0 条');
    const timeline = tables(report, 'course').find((t) => t.columns[1] === '情况')!;
    expect(timeline.rows[0]![0]).toMatch(/^\d{2}:\d{2}:\d{2}$/);
    expect(timeline.rows.some((r) => r[1]!.includes('集贸市场餐馆液化气泄漏发生'))).toBe(true);
  });

  it('gives the score, the conclusion and each capability’s P/S/M/U rating as the scoring engine found them', () => {
    expect(text(report, 'conclusion')).toContain(`${data.score.total} 分（满分 100 分）`);
    expect(text(report, 'conclusion')).toContain('优秀');
    const [capabilities] = tables(report, 'conclusion');
    expect(capabilities!.rows).toContainEqual(['协同联动', '2.5', '5', '50%', 'M']);
    expect(capabilities!.rows).toContainEqual(['疏散安置', '0.0', '0', '—', '不适用']);
  });

  it('lists each finding as a problem with a likely cause, the score sheet’s item and the team responsible', () => {
    const [problems] = tables(report, 'problems');
    expect(problems!.rows).toHaveLength(data.score.findings.length);
    expect(data.score.findings[0]).toMatchObject({ code: 'support.absent', params: { incident: 'market-lpg-leak', team: 'weishengyuan' } });
    expect(problems!.rows[0]).toEqual(['1', '集贸市场餐馆液化气泄漏：配合单位乡卫生院未实际参与处置', '预案衔接不够，配合单位响应流程不明确', '协同联动 · 配合单位参与处置', '乡卫生院']);
  });

  it('learns from what went well and what did not', () => {
    const lessons = text(report, 'lessons');
    expect(lessons).toContain('信息报告：得分率 100%，评级 P');
    expect(lessons).toContain('协同联动：得分率 50%，评级 M，是本次演练的薄弱环节');
  });

  it('turns each finding into a corrective action with its team and a due date counted from the day of the drill', () => {
    expect(text(report, 'actions')).toContain('五落实');
    const [actions] = tables(report, 'actions');
    expect(actions!.rows[1]).toEqual(['2', findingAction('zh', data.score.findings[1]!), '住建办', '2026-08-14前（30天）', '集贸市场餐馆液化气泄漏：配合单位住建办未实际参与处置']);
  });

  it('speaks English when asked, down to the section titles', () => {
    const english = buildReport(data, 'en');
    expect(english.sections.map((s) => s.title)[6]).toBe('7. Problems and their causes');
    expect(JSON.stringify(english.sections.map((s) => s.title))).not.toMatch(/[\u4e00-\u9fff]/);
    expect(JSON.stringify(tables(english, 'conclusion'))).toContain('cooperation between villages and units');
  });
});

describe('the evaluation report of a drill where nobody did anything', () => {
  const drill = scenarioDrill('scenarios/demo-market-gas-leak.json');
  const report = buildReport(reviewDataOf(drill, { mode: 'training', team: 'paichusuo' }), 'zh');

  it('fails the drill on the concealment veto and puts the veto first among the problems', () => {
    expect(text(report, 'conclusion')).toContain('不合格');
    expect(text(report, 'conclusion')).toContain('触发一票否决事项');
    expect(tables(report, 'problems')[0]!.rows[0]).toEqual(['1', '集贸市场餐馆液化气泄漏：瞒报', '已知事故未向县级报告，信息报告制度没有落实', '一票否决事项', '乡应急指挥部']);
    expect(text(report, 'lessons')).toContain('出现一票否决事项（瞒报）');
  });

  it('says no team took part, and which team the trainee played', () => {
    expect(text(report, 'participants')).toContain('本次演练没有单位下达指令或派出力量。');
    expect(text(report, 'timePlace')).toContain('个人自学训练（扮演派出所）');
  });
});

describe("the facilitator's mis-clicks in the evaluation report", () => {
  const drill = scenarioDrill('scenarios/demo-market-gas-leak.json');
  const misClicks = [
    { atS: 30, order: { type: 'addIncident', by: 'facilitator', template: 'no-such-template', at: { xM: 10, yM: 10 } } },
    { atS: 40, order: { type: 'skipInject', by: 'facilitator', inject: 'no-such-inject' } },
  ];
  const data = reviewDataOf(drill, { orders: [...misClicks, ...planOrders('scenarios/plans/demo-market-gas-leak.json')] as never });
  const report = buildReport(data, 'zh');

  it('are not counted as refused orders of the trainees', () => {
    expect(data.record.orders.filter((o) => o.rejected !== null).map((o) => o.order.by)).toEqual(['facilitator', 'facilitator']);
    expect(text(report, 'lessons')).not.toContain('条指令因不符合职责分工或现场条件被拒');
    expect(text(report, 'course')).not.toContain('被拒的指令');
  });
});
