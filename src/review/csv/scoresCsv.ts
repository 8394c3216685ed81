// The score as a spreadsheet: each capability with its items (measure, applicable, earned, possible, rating),
// the total and conclusion, then the vetoes, each team's scorecard and the findings with their corrective actions.
import type { Language } from '../../i18n/translate.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import type { UiKey } from '../../i18n/ui/zhCN.ts';
import type { DrillScore, World } from '../../sim/index.ts';
import { contentName } from '../../i18n/contentName.ts';
import { findingAction, findingProblem } from '../../i18n/findingText.ts';
import type { ReviewData } from '../reviewData.ts';
import { capabilityName, conclusionText, points, ratingText, rubricItem } from '../scoreWords.ts';
import { addDays, wallClockOf } from '../wallClock.ts';
import type { CsvCell } from './csvText.ts';
import { csvText } from './csvText.ts';

type Rows = CsvCell[][];

// Names only, never ids: the sheet is read by people (the JSON export keeps the ids).
const itemColumns = ['capability', 'itemName', 'applicable', 'earned', 'possible', 'rating'] as const;

function capabilityRows(world: World, score: DrillScore, lang: Language): Rows {
  const t = (key: UiKey) => ui(lang, key);
  const rows: Rows = [itemColumns.map((c) => ui(lang, `exports.csv.${c}`))];
  for (const c of score.capabilities) {
    rows.push([capabilityName(lang, c), t('exports.csv.capabilityTotal'), c.possible > 0 ? t('exports.csv.yes') : t('exports.csv.no'), points(c.earned), c.possible, ratingText(lang, c.rating)]);
    for (const i of c.items) {
      const found = rubricItem(world.drill.rubric, i.id);
      rows.push([capabilityName(lang, c), found ? capabilityName(lang, found.item) : '', i.applicable ? t('exports.csv.yes') : t('exports.csv.no'), points(i.earned), i.possible, '']);
    }
  }
  rows.push([], [t('exports.csv.total'), score.total], [t('exports.csv.conclusion'), conclusionText(lang, score.conclusion)]);
  return rows;
}

function vetoRows(world: World, score: DrillScore, lang: Language): Rows {
  const rows: Rows = [[ui(lang, 'exports.csv.vetoes')], [ui(lang, 'exports.csv.veto'), ui(lang, 'exports.csv.incidentName'), ui(lang, 'exports.csv.why')]];
  for (const v of score.vetoes) rows.push([ui(lang, `exports.veto.${v.veto}`), v.incident === '' ? '' : contentName(world, v.incident)[lang], findingProblem(world, lang, v)]);
  if (score.vetoes.length === 0) rows.push([ui(lang, 'exports.csv.none')]);
  return rows;
}

const cardColumns = ['ordersGiven', 'ordersRefused', 'reportsFiled', 'reportsIncomplete', 'reportsUntrue', 'unitArrivals'] as const;

function scorecardRows(world: World, score: DrillScore, lang: Language): Rows {
  const rows: Rows = [[ui(lang, 'exports.csv.scorecards')], (['teamName', ...cardColumns] as const).map((c) => ui(lang, `exports.csv.${c}`))];
  for (const card of score.scorecards) rows.push([contentName(world, card.team)[lang], ...cardColumns.map((c) => card[c])]);
  if (score.scorecards.length === 0) rows.push([ui(lang, 'exports.csv.none')]);
  return rows;
}

function findingRows(data: ReviewData, lang: Language): Rows {
  const columns = ['itemName', 'problem', 'action', 'owner', 'deadlineDays', 'dueDate'] as const;
  const rows: Rows = [[ui(lang, 'exports.csv.findings')], columns.map((c) => ui(lang, `exports.csv.${c}`))];
  const finished = wallClockOf(data.finishedAt).date;
  for (const f of data.score.findings) {
    const found = rubricItem(data.world.drill.rubric, f.item);
    rows.push([found ? capabilityName(lang, found.item) : '', findingProblem(data.world, lang, f), findingAction(lang, f), contentName(data.world, f.owner)[lang], f.deadlineDays, addDays(finished, f.deadlineDays)]);
  }
  if (data.score.findings.length === 0) rows.push([ui(lang, 'exports.csv.none')]);
  return rows;
}

/** The whole score as CSV text (UTF-8 with BOM, CRLF): capability table, vetoes, scorecards, findings. */
export function scoresCsv(data: ReviewData, lang: Language): string {
  const { world, score } = data;
  return csvText([...capabilityRows(world, score, lang), [], ...vetoRows(world, score, lang), [], ...scorecardRows(world, score, lang), [], ...findingRows(data, lang)]);
}
