// 爆 words: the explosion machine's phases, the actions on a gas leak, and its notices.
export const explosionZh = {
  'phase.explosion.leaking': '燃气泄漏',
  'phase.explosion.blast': '发生爆炸',
  'phase.explosion.aftermath': '爆炸后搜救处置',
  'phase.explosion.averted': '险情排除',
  'phase.explosion.cleared': '现场清理完毕',
  'action.explosion.closeValve': '关闭阀门',
  'action.explosion.ventilate': '通风驱散',
  'action.explosion.evacuateSite': '疏散现场人员',
  'action.explosion.cordon': '设置警戒区',
  'action.explosion.cutPower': '切断电源',
  'action.explosion.declareSafe': '宣布现场安全',
  'notice.explosion.valveClosed': '阀门已关闭',
  'notice.explosion.blast': '气云被点燃，发生爆炸',
} as const;

export const explosionEn: Record<keyof typeof explosionZh, string> = {
  'phase.explosion.leaking': 'gas leaking',
  'phase.explosion.blast': 'explosion',
  'phase.explosion.aftermath': 'search and rescue after the blast',
  'phase.explosion.averted': 'averted',
  'phase.explosion.cleared': 'site cleared',
  'action.explosion.closeValve': 'close the valve',
  'action.explosion.ventilate': 'ventilate',
  'action.explosion.evacuateSite': 'evacuate the site',
  'action.explosion.cordon': 'set a cordon',
  'action.explosion.cutPower': 'cut the power',
  'action.explosion.declareSafe': 'declare the site safe',
  'notice.explosion.valveClosed': 'the valve is closed',
  'notice.explosion.blast': 'the gas cloud ignited and exploded',
};
