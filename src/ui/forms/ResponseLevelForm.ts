// Starting, raising, lowering or standing down the township's emergency response (IV … I).
import { translate } from '../../i18n/translate.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import type { TabletopController } from '../app/TabletopController.ts';
import { chosenOf, select } from '../buildElement.ts';
import { field, openFormDialog } from './formDialog.ts';

const levels = ['none', 'IV', 'III', 'II', 'I'] as const;

export function openResponseLevelForm(ctx: TabletopController): void {
  const lang = ctx.language();
  const current = ctx.view().responseLevel;
  const next = levels[Math.min(levels.length - 1, levels.indexOf(current) + 1)] ?? 'IV';
  const level = select(levels.map((l) => [l, translate(lang, `level.${l}`)] as const), next, { attrs: { 'data-testid': 'response-level' } });
  openFormDialog({
    language: lang,
    world: ctx.world,
    title: ui(lang, 'level.title'),
    testId: 'level-form',
    submitLabel: ui(lang, 'level.submit'),
    fields: [field(ui(lang, 'level.current', { level: translate(lang, `level.${current}`) }), level)],
    submit: () => {
      const chosen = chosenOf(level, levels);
      return chosen ? ctx.give({ type: 'setResponseLevel', by: ctx.actingAs(), level: chosen }) : null;
    },
  });
}
