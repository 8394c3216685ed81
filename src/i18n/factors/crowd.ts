// 挤 words: the crowd machine's phases, the actions on a dense crowd, and its notices.
export const crowdZh = {
  'phase.crowd.gathering': '人群聚集',
  'phase.crowd.dense': '人群拥挤',
  'phase.crowd.critical': '密度临界，踩踏风险高',
  'phase.crowd.crush': '发生挤压踩踏',
  'phase.crowd.dispersing': '人群疏散消减',
  'phase.crowd.clear': '秩序恢复正常',
  'action.crowd.stopInflow': '入口限流，停止放行',
  'action.crowd.openExit': '开启侧门分流',
  'action.crowd.oneWayFlow': '实行单向通行',
  'action.crowd.deployStewards': '安排人员入场疏导',
  'action.crowd.broadcast': '广播劝导疏散',
  'notice.crowd.inflowStopped': '入口已停止放行',
  'notice.crowd.crush': '有人被挤倒，发生挤压踩踏',
} as const;

export const crowdEn: Record<keyof typeof crowdZh, string> = {
  'phase.crowd.gathering': 'crowd gathering',
  'phase.crowd.dense': 'crowd dense',
  'phase.crowd.critical': 'critical density, high crush risk',
  'phase.crowd.crush': 'crowd crush',
  'phase.crowd.dispersing': 'crowd dispersing',
  'phase.crowd.clear': 'back to normal',
  'action.crowd.stopInflow': 'stop the inflow at the entrance',
  'action.crowd.openExit': 'open a side gate',
  'action.crowd.oneWayFlow': 'set one-way flow',
  'action.crowd.deployStewards': 'send stewards into the crowd',
  'action.crowd.broadcast': 'broadcast to disperse the crowd',
  'notice.crowd.inflowStopped': 'the entrance has stopped letting people in',
  'notice.crowd.crush': 'people have been knocked down in a crush',
};
