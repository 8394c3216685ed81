// The sentence the ledger screen says after a 销号 / Close: the item closed by which drill on which day with the score
// its replay earned, or why it stays open (不解决不销号) — in the reader's language, naming the drill by its title.
import type { Language } from '../i18n/translate.ts';
import { ui } from '../i18n/ui/uiText.ts';
import type { UiKey } from '../i18n/ui/zhCN.ts';
import type { Closing } from './closeWithRehearsal.ts';

/** `drillTitle`: the chosen verification drill's title in `lang` ('' when none was chosen); `drillOn` the day it was run. */
export function closingText(lang: Language, number: string, closing: Closing, drillTitle: string, drillOn: string): string {
  if (closing.ok) {
    const conclusion = ui(lang, `score.conclusion.${closing.conclusion}` as UiKey);
    return ui(lang, 'ledger.close.done', { number, title: drillTitle, date: drillOn, total: closing.total.toFixed(1), conclusion });
  }
  const reason = closing.reason === 'not-rescored'
    ? ui(lang, 'ledger.close.reason.not-rescored', { problem: closing.problem })
    : ui(lang, `ledger.close.reason.${closing.reason}` as UiKey, { total: closing.total?.toFixed(1) ?? '' });
  return ui(lang, 'ledger.close.refused', { number, reason });
}
