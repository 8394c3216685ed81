// The evaluation report (演练评估报告) as plain data: titled sections of paragraphs, label–value facts, tables and
// lists, all text. The .docx and the printable page are both drawn from this one model, so they always agree.
import type { Language } from '../../i18n/translate.ts';

export type ReportBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'facts'; rows: readonly (readonly [label: string, value: string])[] }
  | { kind: 'table'; columns: readonly string[]; rows: readonly (readonly string[])[] }
  | { kind: 'list'; items: readonly string[] };

/** The sections of an evaluation report in their order (AQ/T 9009, GB/T 46792). */
export const reportSectionIds = ['purpose', 'timePlace', 'participants', 'scenario', 'course', 'conclusion', 'problems', 'lessons', 'actions'] as const;
export type ReportSectionId = (typeof reportSectionIds)[number];

export interface ReportSection {
  id: ReportSectionId;
  title: string;
  blocks: ReportBlock[];
}

export interface EvaluationReport {
  lang: Language;
  title: string;
  subtitle: string;
  /** Who evaluated and against which score sheet. */
  byline: string;
  sections: ReportSection[];
}
