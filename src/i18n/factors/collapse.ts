// 塌 words: the collapse machine's phases, the actions on a collapse, and its notices.
export const collapseZh = {
  'phase.collapse.collapsed': '坍塌，人员被困',
  'phase.collapse.unsafe': '现场危险，尚未排险',
  'phase.collapse.secured': '现场已排险',
  'phase.collapse.searching': '搜索定位被困人员',
  'phase.collapse.extricating': '破拆起吊救人',
  'phase.collapse.recovered': '被困人员全部救出',
  'action.collapse.secureSite': '排险警戒（结构评估、断电断气、清退无关人员）',
  'action.collapse.shore': '支护加固作业面',
  'notice.collapse.secondaryCollapse': '发生二次坍塌，作业面再次被埋压',
  'notice.collapse.shored': '作业面支护完成',
  'notice.collapse.located': '搜索定位到被困人员',
} as const;

export const collapseEn: Record<keyof typeof collapseZh, string> = {
  'phase.collapse.collapsed': 'collapsed, people trapped',
  'phase.collapse.unsafe': 'site unsafe, not yet secured',
  'phase.collapse.secured': 'site secured',
  'phase.collapse.searching': 'searching for the trapped',
  'phase.collapse.extricating': 'extricating the trapped',
  'phase.collapse.recovered': 'everyone trapped brought out',
  'action.collapse.secureSite': 'secure the site (assess the structure, cut power and gas, clear bystanders)',
  'action.collapse.shore': 'shore the worksite',
  'notice.collapse.secondaryCollapse': 'a secondary collapse: the worksite is buried again',
  'notice.collapse.shored': 'the worksite is shored',
  'notice.collapse.located': 'trapped people located',
};
