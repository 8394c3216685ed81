// One spreadsheet row ↔ one hazard item. Writing puts names where the item holds ids; reading takes them back,
// checks the row with the item's schema and names each problem by its column's Chinese name.
import type { HazardItem } from '../sim/index.ts';
import { HazardItem as HazardItemSchema } from '../sim/index.ts';
import type { LedgerColumn } from './ledgerColumns.ts';
import { columnName, evidenceSeparator, ledgerColumns } from './ledgerColumns.ts';
import type { LedgerNames, NameList } from './ledgerNames.ts';
import { idOfName } from './ledgerNames.ts';

/** A cell as read: text, a number, a formula (never evaluated) or nothing. Dates arrive as YYYY-MM-DD text. */
export type CellValue = string | number | { formula: string } | null;

/** A problem in a sheet: the row number as the spreadsheet shows it (the header is row 1), the column, what is wrong. */
export interface RowProblem { row: number; column: string; problem: string }

/** The cells of one item, in the order of `ledgerColumns`. */
export function itemToRow(item: HazardItem, names: LedgerNames): (string | number)[] {
  const cell: Record<LedgerColumn, string | number> = {
    id: item.id, domain: names.domain.zh(item.domain), place: names.place.zh(item.place), factor: names.factor.zh(item.factor),
    level: names.level.zh(item.level), descriptionZh: item.descriptionZh, foundBy: item.foundBy, foundOn: item.foundOn,
    responsibleTeam: names.team.zh(item.responsibleTeam), responsiblePerson: item.responsiblePerson, measuresZh: item.measuresZh,
    fundsYuan: item.fundsYuan, deadline: item.deadline, plan: item.plan, status: names.status.zh(item.status),
    evidence: item.evidence.join(evidenceSeparator), effect: item.effect === null ? '' : names.effect.zh(item.effect),
    verifiedBy: item.verifiedBy === null ? '' : `${item.verifiedBy.finishedOn} ${names.scenario.zh(item.verifiedBy.scenarioId)}`,
    descriptionEn: item.descriptionEn,
  };
  return ledgerColumns.map((c) => cell[c]);
}

const text = (value: string | number | null): string => (value === null ? '' : String(value).trim());

function named(list: NameList, value: string, what: string): { id: string } | { problem: string } {
  const id = idOfName(list, value);
  if (id !== null) return { id };
  const known = list.ids.slice(0, 12).map((i) => list.zh(i)).join('、');
  return { problem: value === '' ? 'must not be empty' : `unknown ${what} "${value}" (expected one of: ${known}${list.ids.length > 12 ? '…' : ''})` };
}

/** The item's raw fields from a row's cells, or the problems of the cells that could not be read. */
function rawFields(cells: ReadonlyMap<LedgerColumn, string | number | null>, names: LedgerNames): { raw: Record<string, unknown>; problems: { column: LedgerColumn; problem: string }[] } {
  const raw: Record<string, unknown> = {};
  const problems: { column: LedgerColumn; problem: string }[] = [];
  const get = (c: LedgerColumn) => cells.get(c) ?? null;
  const byName = (column: LedgerColumn, list: NameList, what: string) => {
    const found = named(list, text(get(column)), what);
    if ('id' in found) raw[column] = found.id;
    else problems.push({ column, problem: found.problem });
  };
  for (const column of ['id', 'descriptionZh', 'foundBy', 'foundOn', 'responsiblePerson', 'measuresZh', 'deadline', 'plan', 'descriptionEn'] as const) raw[column] = text(get(column));
  byName('domain', names.domain, 'domain');
  byName('place', names.place, 'place');
  byName('factor', names.factor, 'factor');
  byName('level', names.level, 'level');
  byName('responsibleTeam', names.team, 'responsible unit');
  byName('status', names.status, 'status');
  const funds = get('fundsYuan');
  raw.fundsYuan = typeof funds === 'number' ? funds : text(funds) === '' ? Number.NaN : Number(text(funds).replace(/,/g, ''));
  if (Number.isNaN(raw.fundsYuan)) problems.push({ column: 'fundsYuan', problem: `must be a number of yuan (got "${text(funds)}")` });
  raw.evidence = text(get('evidence')).split(/[；;]/).map((s) => s.trim()).filter((s) => s !== '');
  if (text(get('effect')) === '') raw.effect = null;
  else byName('effect', names.effect, 'effect on drills');
  const verified = text(get('verifiedBy'));
  if (verified === '') raw.verifiedBy = null;
  else {
    const [, finishedOn, title] = /^(\S+)\s+(.+)$/.exec(verified) ?? [];
    const scenario = title === undefined ? null : idOfName(names.scenario, title);
    if (finishedOn === undefined || scenario === null) problems.push({ column: 'verifiedBy', problem: `must be the drill's date and the scenario's title, e.g. "2026-03-02 ${names.scenario.zh(names.scenario.ids[0] ?? '')}" (got "${verified}")` });
    else raw.verifiedBy = { scenarioId: scenario, finishedOn };
  }
  return { raw, problems };
}

/** Reads one data row (`row` is its number in the sheet): the item, or every problem of the row by column. */
export function rowToItem(row: number, cells: ReadonlyMap<LedgerColumn, CellValue>, names: LedgerNames): { ok: true; item: HazardItem } | { ok: false; problems: RowProblem[] } {
  const formulas: RowProblem[] = [];
  const plain = new Map<LedgerColumn, string | number | null>();
  for (const [column, value] of cells) {
    if (value !== null && typeof value === 'object') formulas.push({ row, column: columnName(column), problem: `a formula (=${value.formula}) is not accepted: type the value itself` });
    else plain.set(column, value);
  }
  const { raw, problems } = rawFields(plain, names);
  const found: RowProblem[] = [...formulas, ...problems.filter((p) => !formulas.some((f) => f.column === columnName(p.column))).map((p) => ({ row, column: columnName(p.column), problem: p.problem }))];
  if (found.length > 0) return { ok: false, problems: found };
  const parsed = HazardItemSchema.safeParse(raw);
  if (parsed.success) return { ok: true, item: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => {
      const field = String(issue.path[0] ?? '');
      const column = (ledgerColumns as readonly string[]).includes(field) ? columnName(field as LedgerColumn) : field;
      return { row, column, problem: issue.message };
    }),
  };
}
