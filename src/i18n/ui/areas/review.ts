// The interface's words for the after-action review: verdict, timeline, curves, tables, findings, replay, in both languages. Spread into ../zhCN.ts and ../en.ts.
export const reviewZhCN = {
} as const;

export const reviewEn: Record<keyof typeof reviewZhCN, string> = {
};
