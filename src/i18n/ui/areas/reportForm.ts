// The report form's own words beyond its fields: the caution for missing elements, the time's format, and the state of
// the incident a report or a call states (its phase, or that it is over). Spread into ../zhCN.ts and ../en.ts.
export const reportFormZhCN = {
  'report.missingElements': '尚缺要素：{list}。可补充后再报送；如情况确实未明，可点击“仍然报送”。',
  'report.sendAnyway': '仍然报送',
  'report.timeFormat': '24小时制，如 08:05',
  'report.prefilled': '已按本单位上次报告预填，请核对更新后报送。',
  'report.phase': '事件进展',
  'report.phaseUnstated': '（不说明）',
  'report.phaseStated': '事件进展：{phase}',
  'report.phaseOver': '{phase}（事件已结束）',
  'report.phaseNote': '默认为本单位掌握的情况。选“事件已结束”，对方即认为事件已结束；与事实不符按谎报论处。',
} as const;

export const reportFormEn: Record<keyof typeof reportFormZhCN, string> = {
  'report.missingElements': 'Still missing: {list}. Add them before sending, or press "Send anyway" if they are truly not known yet.',
  'report.sendAnyway': 'Send anyway',
  'report.timeFormat': '24-hour clock, e.g. 08:05',
  'report.prefilled': "Filled in from your team's last report: check and update it before sending.",
  'report.phase': 'State of the incident',
  'report.phaseUnstated': '(not stated)',
  'report.phaseStated': 'state: {phase}',
  'report.phaseOver': '{phase} (the incident is over)',
  'report.phaseNote': 'Starts from what your team knows. Saying "the incident is over" makes the receiver take it as over; if it is not true, it is scored as a false report (谎报).',
};
