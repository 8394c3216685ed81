// The result of a headless drill as one JSON object and as lines for a terminal.
import { clockAt } from '../i18n/clock.ts';
import { describeEvent, phaseName } from '../i18n/describeEvent.ts';
import { refusalText } from '../i18n/refusalText.ts';
import type { Language } from '../i18n/translate.ts';
import { accidentGrade, stateHash } from '../sim/index.ts';
import { contentName } from '../i18n/contentName.ts';
import type { DrillRun } from './runDrill.ts';
import { scoreRecord } from '../sim/index.ts';
import type { TimedOrder } from '../sim/index.ts';
import { wordedScore } from './scoreLines.ts';
import { namesWith } from '../i18n/names.ts';
import { runNames } from './runNames.ts';
import type { SimState } from '../sim/index.ts';

function hasToll(i: SimState['incidents'][number]): boolean {
  return i.casualties.deadCount + i.casualties.injuredCount + i.casualties.missingCount > 0 || i.lossYuan > 0;
}

/** Each incident's course and toll, with its grade under 《生产安全事故报告和调查处理条例》 Art. 3. */
function incidentSummaries(state: SimState) {
  return state.incidents.map((i) => ({
    id: i.id,
    factor: i.factor,
    status: i.status,
    phaseHistory: i.phaseHistory,
    casualties: i.casualties,
    lossYuan: i.lossYuan,
    grade: i.status === 'pending' || !hasToll(i) ? null : accidentGrade({ deaths: i.casualties.deadCount, seriousInjuries: i.casualties.seriousInjuredCount, directLossYuan: i.lossYuan }),
  }));
}

/** `referencePlan` is the yardstick of the score (cli/scoreRun.ts reads it beside the scenario); `role`: score only
 *  that team (a micro-drill's trainee) on a role rubric. */
export function drillSummaryJson(run: DrillRun, referencePlan: readonly TimedOrder[] | null, options: { role?: string } = {}) {
  const state = run.sim.snapshot();
  const names = namesWith(run.sim.world, state.curveballs);
  const record = run.sim.record();
  const sum = (pick: (v: (typeof state.villages)[number]) => number) => state.villages.reduce((n, v) => n + pick(v), 0);
  return {
    scenarioId: state.scenarioId,
    seed: state.seed,
    simSeconds: state.timeS,
    stateHash: stateHash(state),
    eventCount: record.events.length,
    orderCount: record.orders.length,
    rejectedOrderCount: record.orders.filter((o) => o.rejected !== null).length,
    evacuatedCount: sum((v) => v.movedCount),
    evacuatedVulnerableCount: sum((v) => v.movedVulnerableCount),
    injuredCount: state.casualties.injuredCount,
    seriousInjuredCount: state.casualties.seriousInjuredCount,
    deadCount: state.casualties.deadCount,
    missingCount: state.casualties.missingCount,
    responseLevel: state.responseLevel,
    reportCount: state.reports.length,
    incidents: incidentSummaries(state),
    villages: state.villages.map((v) => ({ id: v.id, atHomeCount: v.atHomeCount + v.atHomeVulnerableCount, movedCount: v.movedCount, warning: v.warning })),
    units: state.units.filter((u) => u.status !== 'atBase' && u.status !== 'offMap').map((u) => ({ id: u.id, status: u.status })),
    score: wordedScore(names, scoreRecord(run.sim.world.drill, record, referencePlan, options)),
    rejections: run.log.flatMap((l) => (l.kind === 'rejected' ? [{ atS: l.atS, type: l.order.type, reason: l.rejection.reason, message: refusalText(names, 'en', l.rejection) }] : [])),
  };
}

export function drillSummaryLines(run: DrillRun, referencePlan: readonly TimedOrder[] | null, language: Language): string[] {
  const world = runNames(run);
  const { scenario } = world.drill;
  const zh = language === 'zh';
  const at = (s: number) => clockAt(scenario.start, s);
  const lines = [`${zh ? scenario.titleZh : scenario.titleEn} (${scenario.id}) · seed ${run.sim.snapshot().seed} · ${scenario.start}`];
  for (const entry of run.log) {
    if (entry.kind === 'event') lines.push(`${at(entry.event.timeS)}  ${describeEvent(world, entry.event, language)}`);
    else lines.push(`${at(entry.atS)}  ✗ ${contentName(world, entry.order.by)[language]}: ${refusalText(world, language, entry.rejection)}`);
  }
  const s = drillSummaryJson(run, referencePlan);
  lines.push(zh
    ? `— 截至 ${at(s.simSeconds)}（${s.simSeconds} 秒）：转移 ${s.evacuatedCount} 人（其中老幼 ${s.evacuatedVulnerableCount} 人），受伤 ${s.injuredCount}，死亡 ${s.deadCount}，失踪 ${s.missingCount}；事件 ${s.eventCount} 条，指令 ${s.orderCount} 条（被拒 ${s.rejectedOrderCount}）`
    : `— At ${at(s.simSeconds)} (${s.simSeconds} s): ${s.evacuatedCount} moved (${s.evacuatedVulnerableCount} vulnerable), ${s.injuredCount} injured, ${s.deadCount} dead, ${s.missingCount} missing; ${s.eventCount} events, ${s.orderCount} orders (${s.rejectedOrderCount} refused)`);
  for (const i of s.incidents) {
    const phases = i.phaseHistory.map((p) => `${at(p.atS)} ${phaseName(world, i.id, p.phase)[language]}`).join(' → ');
    lines.push(`  ${contentName(world, i.id)[language]}: ${phases || (zh ? '未发生' : 'not begun')}; ${zh ? '死亡' : 'dead'} ${i.casualties.deadCount}, ${zh ? '受伤' : 'injured'} ${i.casualties.injuredCount}, ${zh ? '失踪' : 'missing'} ${i.casualties.missingCount}${i.grade ? ` (${gradeName[i.grade][language]})` : ''}`);
  }
  for (const v of s.villages) lines.push(`  ${contentName(world, v.id)[language]}: ${zh ? '在家' : 'at home'} ${v.atHomeCount}, ${zh ? '已转移' : 'moved'} ${v.movedCount}`);
  lines.push(`state ${s.stateHash}`);
  return lines;
}

const gradeName = {
  general: { zh: '一般事故', en: 'general accident' },
  larger: { zh: '较大事故', en: 'larger accident' },
  major: { zh: '重大事故', en: 'major accident' },
  'especially-major': { zh: '特别重大事故', en: 'especially major accident' },
} as const;
