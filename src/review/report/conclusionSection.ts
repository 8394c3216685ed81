// 评估结论: the 100-point score, the conclusion, the one-vote vetoes (which fail the drill whatever its points),
// and every capability with its points and P/S/M/U rating.
import { capabilityName, conclusionText, points, ratingText, vetoText } from '../scoreWords.ts';
import type { ReportContext } from './reportContext.ts';
import { percent } from './reportContext.ts';
import type { ReportBlock, ReportSection } from './reportModel.ts';

export function conclusionSection(ctx: ReportContext): ReportSection {
  const { data: { score }, lang, t } = ctx;
  const blocks: ReportBlock[] = [{ kind: 'facts', rows: [
    [t('exports.conclusion.total'), t('exports.conclusion.totalValue', { total: score.total })],
    [t('exports.conclusion.result'), conclusionText(lang, score.conclusion)],
    [t('exports.conclusion.vetoes'), score.vetoes.length > 0 ? score.vetoes.map((v) => vetoText(ctx.data.world, lang, v)).join('\n') : t('exports.conclusion.noVeto')],
  ] }];
  if (score.vetoes.length > 0) blocks.push({ kind: 'paragraph', text: t('exports.conclusion.vetoFails') });
  blocks.push(
    { kind: 'heading', text: t('exports.conclusion.capabilities') },
    {
      kind: 'table',
      columns: [t('exports.col.capability'), t('exports.col.earned'), t('exports.col.possible'), t('exports.col.share'), t('exports.col.rating')],
      rows: score.capabilities.map((c) => [capabilityName(lang, c), points(c.earned), String(c.possible), percent(c.earned, c.possible), ratingText(lang, c.rating)]),
    },
    { kind: 'paragraph', text: t('exports.conclusion.legend') },
  );
  return { id: 'conclusion', title: t('exports.section.conclusion'), blocks };
}
