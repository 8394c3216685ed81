// Builds the evaluation report (演练评估报告) of a finished drill in one language: title, byline and the nine
// sections in the order AQ/T 9009 and GB/T 46792 expect. Pure: the same drill gives the same report.
import type { Language } from '../../i18n/translate.ts';
import type { ReviewData } from '../reviewData.ts';
import { wallClockOf } from '../wallClock.ts';
import { actionsSection } from './actionsSection.ts';
import { conclusionSection } from './conclusionSection.ts';
import { courseSection } from './courseSection.ts';
import { lessonsSection } from './lessonsSection.ts';
import { participantsSection } from './participantsSection.ts';
import { problemsSection } from './problemsSection.ts';
import { purposeSection } from './purposeSection.ts';
import { reportContext } from './reportContext.ts';
import type { EvaluationReport } from './reportModel.ts';
import { scenarioSection } from './scenarioSection.ts';
import { timePlaceSection } from './timePlaceSection.ts';

export function buildReport(data: ReviewData, lang: Language): EvaluationReport {
  const ctx = reportContext(data, lang);
  const { drill } = data.world;
  return {
    lang,
    title: ctx.t('exports.report.title', { title: ctx.pick(drill.scenario.titleZh, drill.scenario.titleEn) }),
    subtitle: ctx.t('exports.report.subtitle', { township: ctx.pick(drill.map.nameZh, drill.map.nameEn), date: wallClockOf(data.finishedAt).date }),
    byline: ctx.t('exports.report.by', { rubric: ctx.pick(drill.rubric.titleZh, drill.rubric.titleEn) }),
    sections: [
      purposeSection(ctx), timePlaceSection(ctx), participantsSection(ctx), scenarioSection(ctx), courseSection(ctx),
      conclusionSection(ctx), problemsSection(ctx), lessonsSection(ctx), actionsSection(ctx),
    ],
  };
}
