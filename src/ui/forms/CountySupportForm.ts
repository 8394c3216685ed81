// Requesting a county force (fire and rescue, 120, traffic police, the emergency management bureau): which
// force, and where its units should head once they enter the township. Only forces the scenario offers are listed.
import { durationText } from '../../i18n/clock.ts';
import { translate } from '../../i18n/translate.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import type { TabletopController } from '../app/TabletopController.ts';
import { chosenOf, select } from '../buildElement.ts';
import { targetOf, targetSelect } from '../selection/targetSelect.ts';
import { field, openFormDialog } from './formDialog.ts';

export function openCountySupportForm(ctx: TabletopController): void {
  const lang = ctx.language();
  const forces = select(ctx.drill.scenario.countySupport.map((s) => [s.force, ui(lang, 'county.option', { force: translate(lang, `force.${s.force}`), delay: durationText(lang, s.delayS) })] as const),
    null, { attrs: { 'data-testid': 'county-force' } });
  const target = targetSelect(ctx, { testId: 'county-target' });
  openFormDialog({
    language: lang,
    world: ctx.world,
    title: ui(lang, 'county.title'),
    testId: 'county-form',
    submitLabel: ui(lang, 'county.submit'),
    incompleteText: ui(lang, 'county.none'),
    fields: [field(ui(lang, 'county.force'), forces), field(ui(lang, 'county.target'), target, ui(lang, 'county.targetHint'))],
    submit: () => {
      const force = chosenOf(forces, ctx.drill.scenario.countySupport.map((s) => s.force));
      if (!force) return null;
      const to = targetOf(target.value);
      return ctx.give({ type: 'requestCountySupport', by: ctx.actingAs(), force, ...(to ? { to } : {}) });
    },
  });
}
