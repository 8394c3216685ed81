// The report form's own words beyond its fields: the caution for missing elements and the time's format. Spread into ../zhCN.ts and ../en.ts.
export const reportFormZhCN = {
  'report.missingElements': '尚缺要素：{list}。可补充后再报送；如情况确实未明，可点击“仍然报送”。',
  'report.sendAnyway': '仍然报送',
  'report.timeFormat': '24小时制，如 08:05',
  'report.prefilled': '已按本单位上次报告预填，请核对更新后报送。',
} as const;

export const reportFormEn: Record<keyof typeof reportFormZhCN, string> = {
  'report.missingElements': 'Still missing: {list}. Add them before sending, or press "Send anyway" if they are truly not known yet.',
  'report.sendAnyway': 'Send anyway',
  'report.timeFormat': '24-hour clock, e.g. 08:05',
  'report.prefilled': "Filled in from your team's last report: check and update it before sending.",
};
