// The warning form: a colour (蓝 黄 橙 红), the recipients (the whole township, or chosen villages) and the text
// people will hear, and whether it tells them to shelter in place (the one that protects under a toxic plume). A village may warn only itself; the core says so if the acting team oversteps.
import { translate } from '../../i18n/translate.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import type { OrderDesk } from './orderDesk.ts';
import { chosenOf, h } from '../buildElement.ts';
import { field, openFormDialog } from './formDialog.ts';

const colours = ['blue', 'yellow', 'orange', 'red'] as const;

export function openWarningForm(ctx: OrderDesk, presetVillages: readonly string[]): void {
  const lang = ctx.language();
  const name = (o: { nameZh: string; nameEn: string }): string => (lang === 'zh' ? o.nameZh : o.nameEn);
  const colourInputs = colours.map((c, i) => h('input', { attrs: { type: 'radio', name: 'warning-colour', value: c, 'data-testid': `warning-${c}`, ...(i === 1 ? { checked: '' } : {}) } }));
  // A village may warn only itself: its form starts at its own name, never at the whole township it would be refused.
  const acting = ctx.actingAs();
  const preset = presetVillages.length > 0 ? presetVillages : ctx.drill.map.villages.some((v) => v.id === acting) ? [acting] : [];
  const township = h('input', { attrs: { type: 'checkbox', 'data-testid': 'warning-township' } });
  township.checked = preset.length === 0;
  const villages = ctx.drill.map.villages.map((v) => {
    const box = h('input', { attrs: { type: 'checkbox', value: v.id, 'data-testid': `warning-village-${v.id}` } });
    box.checked = preset.includes(v.id);
    return { box, label: h('label', { className: 'check' }, [box, name(v)]) };
  });
  const shelter = h('input', { attrs: { type: 'checkbox', 'data-testid': 'warning-shelter-in-place' } });
  const message = h('textarea', { attrs: { rows: '3', maxlength: '4000', 'data-testid': 'warning-message' } });
  openFormDialog({
    language: lang,
    world: ctx.world,
    title: ui(lang, 'warning.title'),
    testId: 'warning-form',
    submitLabel: ui(lang, 'warning.submit'),
    incompleteText: ui(lang, 'warning.incomplete'),
    fields: [
      h('fieldset', { className: 'colours' }, [h('legend', {}, [ui(lang, 'warning.colour')]), ...colours.map((c, i) =>
        h('label', { className: `check colour-${c}` }, [colourInputs[i]!, translate(lang, `colour.${c}`)]))]),
      h('fieldset', {}, [h('legend', {}, [ui(lang, 'warning.recipients')]),
        h('label', { className: 'check' }, [township, translate(lang, 'recipients.township')]),
        h('div', { className: 'checks' }, villages.map((v) => v.label))]),
      h('label', { className: 'check' }, [shelter, ui(lang, 'warning.shelterInPlace')]),
      field(ui(lang, 'warning.message'), message),
    ],
    submit: () => {
      const checked = colourInputs.find((c) => c.checked);
      const colour = checked ? chosenOf(checked, colours) : null;
      const chosen = villages.filter((v) => v.box.checked).map((v) => v.box.value);
      if (!colour || !message.value.trim() || (!township.checked && chosen.length === 0)) return null;
      return ctx.give({ type: 'issueWarning', by: ctx.actingAs(), colour, to: township.checked ? 'township' : chosen, message: message.value.trim(), ...(shelter.checked ? { instruction: 'shelterInPlace' } : {}) });
    },
  });
}
