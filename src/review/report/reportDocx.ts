// The evaluation report as a Word .docx: A4 portrait, 宋体 (SimSun) body and 黑体 (SimHei) headings for Chinese
// with Times New Roman for Latin text, numbered pages, each section a heading and its blocks as paragraphs and
// tables. Headless: works in Node and the browser (the bytes come from fflate inside docx, not from a DOM).
import { AlignmentType, Document, Footer, HeadingLevel, Packer, PageNumber, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { EvaluationReport, ReportBlock } from './reportModel.ts';

/** A4 in twentieths of a point (210 × 297 mm) and margins of 2.54 cm top and bottom, 3.17 cm at the sides. */
const a4 = { width: 11_906, height: 16_838 };
const margins = { top: 1440, bottom: 1440, left: 1797, right: 1797 };

/** Chinese text in 宋体; where the reader lacks it, Word and WPS substitute their own Song face. Latin in Times. */
const bodyFont = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman', eastAsia: 'SimSun' };
const headingFont = { ascii: 'Arial', hAnsi: 'Arial', cs: 'Arial', eastAsia: 'SimHei' };

/** Runs for text that may hold line breaks. */
function runs(text: string, bold = false): TextRun[] {
  return text.split('\n').map((line, i) => new TextRun({ text: line, bold, ...(i > 0 ? { break: 1 } : {}) }));
}

function cell(text: string, header: boolean): TableCell {
  return new TableCell({
    children: [new Paragraph({ children: runs(text, header) })],
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' } } : {}),
  });
}

function table(columns: readonly string[] | null, rows: readonly (readonly string[])[], boldFirstColumn = false): Table {
  const header = columns ? [new TableRow({ tableHeader: true, children: columns.map((c) => cell(c, true)) })] : [];
  const body = rows.map((row) => new TableRow({ cantSplit: true, children: row.map((c, i) => cell(c, boldFirstColumn && i === 0)) }));
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [...header, ...body] });
}

function blockContent(block: ReportBlock, lang: EvaluationReport['lang']): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading': return [new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(block.text)] })];
    case 'paragraph': return [new Paragraph({ children: runs(block.text), indent: lang === 'zh' ? { firstLine: 480 } : {} })];
    case 'facts': return [table(null, block.rows, true), new Paragraph({})];
    case 'table': return [table(block.columns, block.rows), new Paragraph({})];
    case 'list': return block.items.map((item, i) => new Paragraph({ children: runs(lang === 'zh' ? `（${i + 1}）${item}` : `(${i + 1}) ${item}`) }));
  }
}

/** The report as a docx Document, ready to pack. */
export function reportDocument(report: EvaluationReport): Document {
  const front = [
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun(report.title)] }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(report.subtitle)] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun(report.byline)] }),
  ];
  const body = report.sections.flatMap((s) => [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(s.title)] }),
    ...s.blocks.flatMap((b) => blockContent(b, report.lang)),
  ]);
  return new Document({
    title: report.title,
    creator: 'DrillHall',
    styles: {
      default: {
        document: { run: { font: bodyFont, size: 24 }, paragraph: { spacing: { line: 360, after: 60 } } },
        title: { run: { font: headingFont, size: 36, bold: true, color: '000000' } },
        heading1: { run: { font: headingFont, size: 32, bold: true, color: '000000' }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } },
        heading2: { run: { font: headingFont, size: 28, bold: true, color: '000000' }, paragraph: { spacing: { before: 120, after: 60 }, keepNext: true } },
      },
    },
    sections: [{
      properties: { page: { size: a4, margin: margins } },
      footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })] })] }) },
      children: [...front, ...body],
    }],
  });
}

/** The .docx file's bytes (a zip), in Node or the browser. */
export async function reportDocxBytes(report: EvaluationReport): Promise<Uint8Array> {
  return Packer.pack(reportDocument(report), 'uint8array');
}
