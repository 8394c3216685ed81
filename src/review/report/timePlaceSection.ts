// 演练时间和地点: the day of the rehearsal, the scenario's own clock from start to end, how long it ran, the time
// compression (when there was one), the township, the mode (and the team a trainee played), and the seed that replays it.
import { durationText } from '../../i18n/clock.ts';
import { wallClockOf } from '../wallClock.ts';
import type { ReportContext } from './reportContext.ts';
import type { ReportSection } from './reportModel.ts';

export function timePlaceSection(ctx: ReportContext): ReportSection {
  const { data, scenario, t } = ctx;
  const finished = wallClockOf(data.finishedAt);
  const township = ctx.pick(data.world.drill.map.nameZh, data.world.drill.map.nameEn);
  const mode = data.mode === 'training' ? t('exports.mode.training', { team: ctx.name(data.team ?? '') }) : t('exports.mode.hall');
  return {
    id: 'timePlace', title: t('exports.section.timePlace'),
    blocks: [{ kind: 'facts', rows: [
      [t('exports.time.date'), `${finished.date} ${finished.time}`],
      [t('exports.time.scenarioTime'), t('exports.time.scenarioTimeValue', { date: scenario.start.slice(0, 10), start: ctx.clock(0), end: ctx.clock(data.record.endS) })],
      [t('exports.time.duration'), durationText(ctx.lang, data.record.endS)],
      ...(data.record.timeCompression > 1 ? [[t('exports.time.compression'), t('exports.time.compressionValue', { n: data.record.timeCompression })] as const] : []),
      [t('exports.time.place'), t('exports.time.placeValue', { township })],
      [t('exports.time.mode'), mode],
      [t('exports.time.seed'), data.record.seed],
    ] }],
  };
}
