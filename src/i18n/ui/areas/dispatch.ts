// The interface's words after a unit is sent: when it should arrive, and a caution when that is far off. Spread into ../zhCN.ts and ../en.ts.
export const dispatchZhCN = {
  'order.dispatchedEta': '已派出{unit}，预计 {eta} 后到达',
  'order.dispatchedFar': '已派出{unit}，但预计 {eta} 后才能到达——路途较远，请考虑派出就近力量或请求县级支援。',
} as const;

export const dispatchEn: Record<keyof typeof dispatchZhCN, string> = {
  'order.dispatchedEta': '{unit} sent, due in {eta}',
  'order.dispatchedFar': '{unit} sent, but it will take {eta} to arrive: it is far away. Consider sending a nearer unit or asking the county for support.',
};
