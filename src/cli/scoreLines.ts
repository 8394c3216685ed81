// A score as lines for a terminal: total and conclusion, vetoes, each capability with its rating, and findings.
import type { DrillScore } from '../sim/index.ts';

const conclusionName = { excellent: { zh: '优秀', en: 'excellent' }, good: { zh: '良好', en: 'good' }, pass: { zh: '合格', en: 'pass' }, fail: { zh: '不合格', en: 'fail' } } as const;

export function scoreLines(score: DrillScore, language: 'zh' | 'en'): string[] {
  const zh = language === 'zh';
  const lines = [`${zh ? '总分' : 'Score'} ${score.total} / 100 · ${conclusionName[score.conclusion][language]}`];
  for (const v of score.vetoes) lines.push(`  ${zh ? '一票否决' : 'veto'}: ${v.why[language]}`);
  for (const c of score.capabilities) {
    const rating = c.rating ?? (zh ? '不适用' : 'n/a');
    lines.push(`  ${zh ? c.nameZh : c.nameEn}: ${c.earned.toFixed(1)} / ${c.possible} (${rating})`);
  }
  if (score.findings.length > 0) lines.push(zh ? '问题与整改' : 'Findings and corrective actions');
  for (const f of score.findings) lines.push(`  - ${f.problem[language]} → ${f.action[language]} [${f.owner}, ${f.deadlineDays}${zh ? '天' : ' days'}]`);
  return lines;
}
