// The columns of a ledger spreadsheet, in the order written: each names the item's field it holds, and the header
// is the column's Chinese name (the English one is accepted on reading). Optional columns may be left out.
import { ui } from '../i18n/ui/uiText.ts';
import type { UiKey } from '../i18n/ui/zhCN.ts';

export const ledgerColumns = [
  'id', 'domain', 'place', 'factor', 'level', 'descriptionZh', 'foundBy', 'foundOn', 'responsibleTeam', 'responsiblePerson',
  'measuresZh', 'fundsYuan', 'deadline', 'plan', 'status', 'evidence', 'effect', 'verifiedBy', 'descriptionEn',
] as const;
export type LedgerColumn = (typeof ledgerColumns)[number];

/** Columns a sheet may leave out (empty for every item). */
export const optionalColumns: readonly LedgerColumn[] = ['evidence', 'effect', 'verifiedBy', 'descriptionEn'];

export const columnName = (column: LedgerColumn, lang: 'zh' | 'en' = 'zh'): string => ui(lang, `ledger.column.${column}` as UiKey);

/** The column a header cell names, in Chinese or English; null for a header the ledger does not know. */
export function columnOfHeader(header: string): LedgerColumn | null {
  const text = header.trim().toLowerCase();
  return ledgerColumns.find((c) => columnName(c, 'zh').toLowerCase() === text || columnName(c, 'en').toLowerCase() === text) ?? null;
}

/** Evidence notes share one cell, separated by "；" (or ";"). */
export const evidenceSeparator = '；';
