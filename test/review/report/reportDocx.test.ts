import { findingAction } from '../../../src/i18n/findingText.ts';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/review/report/buildReport.ts';
import { reportDocxBytes } from '../../../src/review/report/reportDocx.ts';
import { planOrders } from '../../support/demoPlan.ts';
import { hostileDrill, hostileIncidentTitle } from '../../support/hostileDrill.ts';
import { scenarioDrill } from '../../support/demoDrill.ts';
import { reviewDataOf } from '../../support/reviewDataOf.ts';

/** Word's text runs of a part, joined: what a reader sees, without the markup. */
const visibleText = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
const unescapeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

describe('the evaluation report as a .docx', () => {
  const drill = scenarioDrill('scenarios/demo-market-gas-leak.json');
  const data = reviewDataOf(drill, { orders: planOrders('scenarios/plans/demo-market-gas-leak.json') });

  it('is a zip holding a Word document with every section title, the scenario’s title, the score and a finding', async () => {
    const files = unzipSync(await reportDocxBytes(buildReport(data, 'zh')));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']));
    const text = unescapeXml(visibleText(strFromU8(files['word/document.xml']!)));
    for (const title of ['演练目的', '演练时间和地点', '参演单位', '演练想定', '演练经过', '评估结论', '存在问题及原因', '经验教训', '整改措施']) expect(text).toContain(title);
    expect(text).toContain(drill.scenario.titleZh);
    expect(text).toContain(`${data.score.total} 分`);
    expect(text).toContain('配合单位乡卫生院未实际参与处置');
    expect(text).toContain(findingAction('zh', data.score.findings[0]!));
  });

  it('is laid out on A4 with 宋体 for Chinese text and 黑体 for headings', async () => {
    const files = unzipSync(await reportDocxBytes(buildReport(data, 'zh')));
    expect(strFromU8(files['word/document.xml']!)).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const styles = strFromU8(files['word/styles.xml']!);
    expect(styles).toContain('w:eastAsia="SimSun"');
    expect(styles).toContain('w:eastAsia="SimHei"');
  });

  it('carries hostile scenario text as plain text, escaped, never as markup', async () => {
    const hostile = reviewDataOf(hostileDrill(), { orders: planOrders('scenarios/plans/demo-market-gas-leak.json') });
    const xml = strFromU8(unzipSync(await reportDocxBytes(buildReport(hostile, 'zh')))['word/document.xml']!);
    expect(xml).not.toContain('<script>');
    expect(unescapeXml(visibleText(xml))).toContain(hostileIncidentTitle);
    expect(unescapeXml(visibleText(xml))).toContain('<script>alert(1)</script>');
  });

  it('is written in English when asked', async () => {
    const xml = strFromU8(unzipSync(await reportDocxBytes(buildReport(data, 'en')))['word/document.xml']!);
    expect(unescapeXml(visibleText(xml))).toContain('7. Problems and their causes');
    expect(unescapeXml(visibleText(xml))).toContain(drill.scenario.titleEn);
  });
});
