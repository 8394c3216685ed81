// 存在问题及原因: the vetoes first, then every finding with the likely cause of its kind of failure, the score
// sheet's item it came from and the team responsible.
import type { UiKey } from '../../i18n/ui/zhCN.ts';
import { findingProblem } from '../../i18n/findingText.ts';
import { capabilityName, rubricItem, vetoText } from '../scoreWords.ts';
import type { ReportContext } from './reportContext.ts';
import type { ReportSection } from './reportModel.ts';

/** The score sheet's capability and item a finding came from, and the cause its measure points to. */
export function findingSource(ctx: ReportContext, itemId: string): { item: string; cause: string } {
  const found = rubricItem(ctx.data.world.drill.rubric, itemId);
  if (!found) return { item: itemId, cause: '' };
  return {
    item: `${capabilityName(ctx.lang, found.capability)} · ${capabilityName(ctx.lang, found.item)}`,
    cause: ctx.t(`exports.cause.${found.item.measure}` satisfies UiKey),
  };
}

export function problemsSection(ctx: ReportContext): ReportSection {
  const { data: { score }, lang, t } = ctx;
  const title = t('exports.section.problems');
  if (score.findings.length === 0 && score.vetoes.length === 0) return { id: 'problems', title, blocks: [{ kind: 'paragraph', text: t('exports.problems.none') }] };
  // The command post answers to the county for every veto: reporting and moving people out are its calls.
  const vetoRows = score.vetoes.map((v) => [vetoText(ctx.data.world, lang, v), t(`exports.vetoCause.${v.veto}`), t('exports.problems.veto'), ctx.name('command-post')]);
  const findingRows = score.findings.map((f) => {
    const { item, cause } = findingSource(ctx, f.item);
    return [findingProblem(ctx.data.world, lang, f), cause, item, ctx.name(f.owner)];
  });
  const rows = [...vetoRows, ...findingRows].map((row, i) => [String(i + 1), ...row]);
  return {
    id: 'problems', title,
    blocks: [{ kind: 'table', columns: [t('exports.col.no'), t('exports.col.problem'), t('exports.col.cause'), t('exports.col.item'), t('exports.col.owner')], rows }],
  };
}
