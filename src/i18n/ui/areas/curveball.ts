// The interface's words for curveball incidents the facilitator adds on the map, in both languages. Spread into ../zhCN.ts and ../en.ts.
export const curveballZhCN = {
} as const;

export const curveballEn: Record<keyof typeof curveballZhCN, string> = {
};
