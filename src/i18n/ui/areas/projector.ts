// The interface's words for the projected screen and the button that opens it, in both languages. Spread into ../zhCN.ts and ../en.ts.
export const projectorZhCN = {
  'projector.open': '打开投影窗口',
  'projector.openKey': '在新窗口打开投影画面（只显示地图、时钟、公共动态和态势，不显示导演组面板）',
  'projector.blocked': '浏览器阻止了新窗口，请允许本站弹出窗口后再试',
  'projector.title': '投影画面',
  'projector.waiting': '等待导演台：请在导演电脑上开始或继续推演，并点击“打开投影窗口”。',
  'projector.ended': '推演已结束',
  'projector.feed': '公共动态',
  'projector.incidents': '已知事件 {count} 起',
} as const;

export const projectorEn: Record<keyof typeof projectorZhCN, string> = {
  'projector.open': 'Open projector window',
  'projector.openKey': 'Opens the projected screen in a new window (map, clock, public feed and status only; no facilitator panels)',
  'projector.blocked': 'The browser blocked the new window: allow pop-ups for this site and try again',
  'projector.title': 'Projector',
  'projector.waiting': "Waiting for the facilitator's screen: start or resume the drill there and press \"Open projector window\".",
  'projector.ended': 'The drill has ended',
  'projector.feed': 'Public feed',
  'projector.incidents': 'Known incidents: {count}',
};
