// The interface's words for curveball incidents the facilitator adds on the map, in both languages. Spread into ../zhCN.ts and ../en.ts.
export const curveballZhCN = {
  'orderType.addIncident': '添加突发情况',
  'curveball.title': '突发情况',
  'curveball.about': '选择一种突发情况，再点击地图上的位置放置。按 Esc 取消。',
  'curveball.choose': '突发情况模板',
  'curveball.place': '在地图上放置',
  'curveball.placing': '请点击地图放置“{name}”（Esc 取消）',
  'curveball.cancel': '取消放置',
  'curveball.cancelled': '已取消放置',
  'curveball.added': '已添加突发情况：{name}',
  'curveball.none': '本乡镇没有突发情况模板',
  'curveball.hint': '可点击这些地点的标记放置：{places}。',
} as const;

export const curveballEn: Record<keyof typeof curveballZhCN, string> = {
  'orderType.addIncident': 'add curveball',
  'curveball.title': 'Curveballs',
  'curveball.about': 'Choose a curveball, then click the map where it happens. Esc cancels.',
  'curveball.choose': 'Curveball template',
  'curveball.place': 'Place on the map',
  'curveball.placing': 'Click the map to place "{name}" (Esc cancels)',
  'curveball.cancel': 'Cancel placing',
  'curveball.cancelled': 'Placing cancelled',
  'curveball.added': 'Curveball added: {name}',
  'curveball.none': 'This township has no curveball templates',
  'curveball.hint': 'Click the marker of one of these places: {places}.',
};
