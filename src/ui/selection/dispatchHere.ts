// "Send a unit here": a unit drop-down and a button that dispatches the chosen unit to this card's target, with
// the outcome (or the core's reason for refusing) shown underneath.
import { ui } from '../../i18n/ui/uiText.ts';
import type { Target } from '../../sim/index.ts';
import type { TabletopController } from '../app/TabletopController.ts';
import { button, h } from '../buildElement.ts';
import { createOutcomeLine } from '../outcomeLine.ts';
import { displayName } from '../displayName.ts';
import { showDispatchOutcome } from './dispatchOutcome.ts';
import { unitSelect } from './unitSelect.ts';

export function dispatchHere(ctx: TabletopController, target: Target): HTMLElement {
  const lang = ctx.language();
  const units = unitSelect(ctx, { testId: 'dispatch-unit-select' });
  const outcome = createOutcomeLine(() => ctx.world);
  const send = button(ui(lang, 'order.dispatch'), () => {
    if (!units.value) return;
    const result = ctx.give({ type: 'dispatchUnit', by: ctx.actingAs(), unit: units.value, to: target });
    showDispatchOutcome(outcome, result, lang, displayName(ctx.world, units.value, lang));
  }, { className: 'primary', attrs: { 'data-testid': 'dispatch-here' } });
  return h('div', { className: 'order-row' }, [units, send, outcome.element]);
}
