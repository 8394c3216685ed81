// The review's sentence for what an open hazard cost in a drill: "this hazard was open: the dike breached 25 minutes
// sooner, 3 more dead", in the chosen language, with the hazard's number and description, never an internal id.
import { phaseName } from '../i18n/describeEvent.ts';
import type { Language } from '../i18n/translate.ts';
import { ui } from '../i18n/ui/uiText.ts';
import type { World } from '../sim/index.ts';
import { contentName } from '../i18n/contentName.ts';
import type { HazardCost } from '../sim/index.ts';
import type { HazardEffect } from '../sim/index.ts';
import type { HazardItem } from '../sim/index.ts';
import { hazardWords } from './appliedHazardText.ts';

function costParts(lang: Language, world: World, cost: HazardCost): string[] {
  const incident = contentName(world, cost.incident)[lang];
  const phase = cost.phase === null ? '' : phaseName(world, cost.incident, cost.phase)[lang];
  const parts: string[] = [];
  if (cost.phaseOnlyWithHazard) parts.push(ui(lang, 'ledger.cost.phaseOnly', { incident, phase }));
  else if (cost.phaseSoonerMin !== null && cost.phaseSoonerMin > 0) parts.push(ui(lang, 'ledger.cost.phaseSooner', { incident, phase, minutes: cost.phaseSoonerMin }));
  else if (cost.phaseSoonerMin !== null && cost.phaseSoonerMin < 0) parts.push(ui(lang, 'ledger.cost.phaseLater', { incident, phase, minutes: -cost.phaseSoonerMin }));
  if (cost.extraDeadCount > 0) parts.push(ui(lang, 'ledger.cost.dead', { count: cost.extraDeadCount }));
  if (cost.extraInjuredCount > 0) parts.push(ui(lang, 'ledger.cost.injured', { count: cost.extraInjuredCount }));
  if (cost.extraLossYuan > 0) parts.push(ui(lang, 'ledger.cost.loss', { yuan: Math.round(cost.extraLossYuan).toLocaleString('en') }));
  return parts.length > 0 ? parts : [ui(lang, 'ledger.cost.none')];
}

/** One line per cost, in the order the hazards were applied. */
export function hazardCostLines(lang: Language, world: World, costs: readonly HazardCost[], items: readonly HazardItem[], effects: readonly HazardEffect[]): string[] {
  return costs.map((cost) => {
    const { description, effect } = hazardWords(lang, cost.hazard, cost.effect, items, effects);
    return ui(lang, 'ledger.cost.line', { number: cost.hazard, description, effect, costs: costParts(lang, world, cost).join(lang === 'zh' ? '，' : ', ') });
  });
}
