// A score as lines for a terminal: total and conclusion, vetoes, each capability with its rating, and findings —
// worded by src/i18n as the review words them, teams and incidents by name.
import { contentName } from '../i18n/contentName.ts';
import { findingAction, findingProblem } from '../i18n/findingText.ts';
import type { Language } from '../i18n/translate.ts';
import { ui } from '../i18n/ui/uiText.ts';
import type { DrillScore, World } from '../sim/index.ts';

export function scoreLines(world: World, score: DrillScore, language: Language): string[] {
  const zh = language === 'zh';
  const lines = [`${zh ? '总分' : 'Score'} ${score.total} / 100 · ${ui(language, `score.conclusion.${score.conclusion}`)}`];
  for (const v of score.vetoes) lines.push(`  ${zh ? '一票否决' : 'veto'}: ${findingProblem(world, language, v)}`);
  for (const c of score.capabilities) {
    const rating = c.rating ?? (zh ? '不适用' : 'n/a');
    lines.push(`  ${zh ? c.nameZh : c.nameEn}: ${c.earned.toFixed(1)} / ${c.possible} (${rating})`);
  }
  if (score.findings.length > 0) lines.push(zh ? '问题与整改' : 'Findings and corrective actions');
  for (const f of score.findings) {
    lines.push(`  - ${findingProblem(world, language, f)} → ${findingAction(language, f)} [${contentName(world, f.owner)[language]}, ${f.deadlineDays}${zh ? '天' : ' days'}]`);
  }
  return lines;
}

/** The score for JSON: as the core returns it (codes with parameters), each finding and veto with its words in both languages. */
export function wordedScore(world: World, score: DrillScore) {
  const both = (coded: DrillScore['findings'][number] | DrillScore['vetoes'][number]) => ({ zh: findingProblem(world, 'zh', coded), en: findingProblem(world, 'en', coded) });
  return {
    ...score,
    vetoes: score.vetoes.map((v) => ({ ...v, why: both(v) })),
    findings: score.findings.map((f) => ({ ...f, problem: both(f), action: { zh: findingAction('zh', f), en: findingAction('en', f) } })),
  };
}
