// The review's "what the open hazards cost": one sentence per hazard the drill ran with, measured by the scoring
// worker against the same seed and orders without it, worded with the hazard's number and description from the
// ledger this browser keeps (loaded only for a drill that ran with hazards).
import { ui } from '../../i18n/ui/uiText.ts';
import { hazardCostLines } from '../../ledger/hazardCostText.ts';
import type { HazardCost } from '../../sim/index.ts';
import { h } from '../buildElement.ts';
import { browserLedger } from '../ledger/ledgerInBrowser.ts';
import type { ReviewContext } from './reviewContext.ts';

export function hazardCostSection(ctx: ReviewContext, costs: readonly HazardCost[], storage: Storage | null): HTMLElement {
  const { lang } = ctx;
  const ledger = browserLedger(Number(ctx.drill.finishedAt.slice(0, 4)), storage);
  const lines = hazardCostLines(lang, ctx.drill.world, costs, ledger.ok ? ledger.value.items : [], ledger.ok ? ledger.value.effects : []);
  return h('section', { attrs: { 'data-testid': 'review-hazard-costs' } }, [
    h('h3', {}, [ui(lang, 'ledger.cost.review')]),
    h('p', { className: 'muted' }, [ui(lang, 'ledger.cost.reviewAbout')]),
    h('ul', {}, lines.map((line) => h('li', {}, [line]))),
  ]);
}
