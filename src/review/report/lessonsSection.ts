// 经验教训: what worked (capabilities rated P or S) and what did not (M or U), whether the reporting floor held
// (no veto), and what the refused orders say about knowing one's duties.
import { listText } from '../../ui/listText.ts';
import { capabilityName, ratingText } from '../scoreWords.ts';
import type { ReportContext } from './reportContext.ts';
import { percent } from './reportContext.ts';
import type { ReportSection } from './reportModel.ts';
import { refusedTraineeOrders } from '../refusedOrders.ts';

export function lessonsSection(ctx: ReportContext): ReportSection {
  const { data: { score, record }, lang, t } = ctx;
  const rated = score.capabilities.filter((c) => c.rating !== null);
  const line = (c: (typeof rated)[number], key: 'exports.lessons.strength' | 'exports.lessons.weakness') =>
    t(key, { capability: capabilityName(lang, c), share: percent(c.earned, c.possible), rating: ratingText(lang, c.rating) });
  const refused = refusedTraineeOrders(record).length;
  const items = [
    score.vetoes.length > 0 ? t('exports.lessons.veto', { vetoes: listText(lang, score.vetoes.map((v) => t(`exports.veto.${v.veto}`))) }) : t('exports.lessons.noVeto'),
    ...rated.filter((c) => c.rating === 'P' || c.rating === 'S').map((c) => line(c, 'exports.lessons.strength')),
    ...rated.filter((c) => c.rating === 'M' || c.rating === 'U').map((c) => line(c, 'exports.lessons.weakness')),
    ...(refused > 0 ? [t('exports.lessons.refused', { count: refused })] : []),
  ];
  return { id: 'lessons', title: t('exports.section.lessons'), blocks: [{ kind: 'list', items }] };
}
