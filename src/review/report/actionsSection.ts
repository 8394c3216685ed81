// 整改措施: every finding's corrective action with the team responsible and a due date (the rehearsal's date plus
// the finding's deadline), under the five fixes (五落实) of hazard governance.
import { findingAction, findingProblem } from '../../i18n/findingText.ts';
import { addDays, wallClockOf } from '../wallClock.ts';
import type { ReportContext } from './reportContext.ts';
import type { ReportSection } from './reportModel.ts';

export function actionsSection(ctx: ReportContext): ReportSection {
  const { data, lang, t } = ctx;
  const title = t('exports.section.actions');
  if (data.score.findings.length === 0) return { id: 'actions', title, blocks: [{ kind: 'paragraph', text: t('exports.actions.none') }] };
  const finished = wallClockOf(data.finishedAt).date;
  return {
    id: 'actions', title,
    blocks: [
      { kind: 'paragraph', text: t('exports.actions.fiveFixes') },
      {
        kind: 'table',
        columns: [t('exports.col.no'), t('exports.col.action'), t('exports.col.owner'), t('exports.col.due'), t('exports.col.problem')],
        rows: data.score.findings.map((f, i) => [
          String(i + 1), findingAction(lang, f), ctx.name(f.owner), t('exports.actions.due', { date: addDays(finished, f.deadlineDays), days: f.deadlineDays }), findingProblem(data.world, lang, f),
        ]),
      },
    ],
  };
}
