// The coverage board in words: a cell's state ("2026-11-02 合格 · 未整改隐患 1 项 · 应演练：年度计划 5 月"), lines for
// a terminal, and the rows of the annual safety assessment export with the one-vote veto items marked.
import type { Language } from '../i18n/translate.ts';
import { ui } from '../i18n/ui/uiText.ts';
import type { UiKey } from '../i18n/ui/zhCN.ts';
import type { CoverageBoard, CoverageCell, DueReason } from './coverageBoard.ts';
import type { Season } from './planContent.ts';

export interface BoardNames { target: (id: string) => { zh: string; en: string }; scenario: (id: string) => { zh: string; en: string }; seasons: readonly Season[] }

const factorName = (lang: Language, factor: string) => ui(lang, `factor.${factor}` as UiKey);

export function dueText(lang: Language, reason: DueReason, names: BoardNames): string {
  if (reason.kind === 'plan') return ui(lang, 'coverage.dueReason.plan', { month: reason.month });
  if (reason.kind === 'hazard') return ui(lang, 'coverage.dueReason.hazard');
  const season = names.seasons.find((s) => s.id === reason.season);
  return ui(lang, 'coverage.dueReason.season', { season: season ? (lang === 'zh' ? season.nameZh : season.nameEn) : '' });
}

export function lastDrillText(lang: Language, cell: CoverageCell): string {
  return cell.lastDrill ? ui(lang, 'coverage.last', { date: cell.lastDrill.on, conclusion: ui(lang, `score.conclusion.${cell.lastDrill.conclusion}` as UiKey) }) : ui(lang, 'coverage.never');
}

/** The cell in one line. */
export function cellText(lang: Language, cell: CoverageCell, names: BoardNames): string {
  const parts = [`${factorName(lang, cell.factor)}: ${lastDrillText(lang, cell)}`];
  if (cell.openHazards.length > 0) parts.push(ui(lang, 'coverage.openHazards', { count: cell.openHazards.length }));
  if (cell.due.length > 0) parts.push(`${ui(lang, 'coverage.due')}（${cell.due.map((d) => dueText(lang, d, names)).join(lang === 'zh' ? '；' : '; ')}）`);
  if (cell.due.length > 0 && cell.suggested) parts.push(ui(lang, 'coverage.open.drill', { title: names.scenario(cell.suggested)[lang] }));
  if (cell.veto) parts.push(`【${ui(lang, 'coverage.veto')}】`);
  return parts.join(' · ');
}

/** The board for a terminal: the plan's progress, the season's prompts, then each village and unit. */
export function coverageLines(lang: Language, board: CoverageBoard, names: BoardNames): string[] {
  const lines = [`${ui(lang, 'coverage.title')} · ${board.today}`, `${ui(lang, 'coverage.plan', { year: board.plan.year })}: ${ui(lang, 'coverage.planDone', { done: board.plan.done, total: board.plan.total })}`];
  for (const p of board.prompts) {
    const season = names.seasons.find((s) => s.id === p.season);
    lines.push(`${ui(lang, 'coverage.prompts')}: ${ui(lang, 'coverage.prompt', { season: season ? (lang === 'zh' ? season.nameZh : season.nameEn) : '', factors: p.factors.map((f) => factorName(lang, f)).join('、') })}`);
  }
  for (const row of board.rows) {
    lines.push(names.target(row.target)[lang]);
    for (const cell of row.cells) lines.push(`  ${cellText(lang, cell, names)}`);
  }
  return lines;
}

/** The annual assessment's rows, header first: one per village or unit and factor; veto items marked 是 / yes. */
export function assessmentRows(lang: Language, board: CoverageBoard, names: BoardNames): string[][] {
  const zh = lang === 'zh';
  const header = zh
    ? ['村 / 单位', '致灾因素', '最近演练日期', '演练想定', '演练结论', '未整改隐患（项）', '其中重大且超期（项）', '是否应演练', '原因', '一票否决']
    : ['Village / unit', 'Factor', 'Last drill', 'Scenario', 'Result', 'Open hazards', 'Major and overdue', 'Due', 'Why', 'One-vote veto'];
  const rows = board.rows.flatMap((row) => row.cells.map((cell) => [
    names.target(row.target)[lang], factorName(lang, cell.factor), cell.lastDrill?.on ?? '', cell.lastDrill ? names.scenario(cell.lastDrill.scenarioId)[lang] : '',
    cell.lastDrill ? ui(lang, `score.conclusion.${cell.lastDrill.conclusion}` as UiKey) : ui(lang, 'coverage.never'),
    String(cell.openHazards.length), String(cell.openHazards.filter((h) => h.level === 'major' && h.overdue).length),
    cell.due.length > 0 ? (zh ? '是' : 'yes') : (zh ? '否' : 'no'), cell.due.map((d) => dueText(lang, d, names)).join(zh ? '；' : '; '),
    cell.veto ? (zh ? '是' : 'yes') : '',
  ]));
  return [header, ...rows];
}
