// 演练目的: the plan tested against the scenario's incidents, the capabilities the score sheet exercised, honest
// reporting, and the villages' first responders working together.
import { listText } from '../../ui/listText.ts';
import { capabilityName } from '../scoreWords.ts';
import type { ReportContext } from './reportContext.ts';
import type { ReportSection } from './reportModel.ts';

export function purposeSection(ctx: ReportContext): ReportSection {
  const { scenario, data, lang, t } = ctx;
  const incidents = scenario.incidents.length > 0 ? scenario.incidents.map((i) => ctx.pick(i.titleZh, i.titleEn)) : [ctx.pick(scenario.titleZh, scenario.titleEn)];
  const exercised = data.score.capabilities.filter((c) => c.possible > 0).map((c) => capabilityName(lang, c));
  const township = ctx.pick(data.world.drill.map.nameZh, data.world.drill.map.nameEn);
  return {
    id: 'purpose', title: t('exports.section.purpose'),
    blocks: [{ kind: 'list', items: [
      t('exports.purpose.plan', { township, incidents: listText(lang, incidents) }),
      ...(exercised.length > 0 ? [t('exports.purpose.capabilities', { capabilities: listText(lang, exercised) })] : []),
      t('exports.purpose.reporting'),
      t('exports.purpose.forces'),
    ] }],
  };
}
