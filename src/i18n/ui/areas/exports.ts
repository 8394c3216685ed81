// The interface's words for exports of a drill: JSON, CSV, the printable A4 page and the .docx evaluation report, in both languages. Spread into ../zhCN.ts and ../en.ts.
export const exportsZhCN = {
} as const;

export const exportsEn: Record<keyof typeof exportsZhCN, string> = {
};
