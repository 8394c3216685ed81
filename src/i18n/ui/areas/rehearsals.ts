// The interface's words for rehearsals kept in this browser and their comparison, in both languages. Spread into ../zhCN.ts and ../en.ts.
export const rehearsalsZhCN = {
} as const;

export const rehearsalsEn: Record<keyof typeof rehearsalsZhCN, string> = {
};
