// The list of keyboard shortcuts, opened with "?" or the help button.
import type { Language } from '../../i18n/translate.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import type { UiKey } from '../../i18n/ui/zhCN.ts';
import { button, h } from '../buildElement.ts';

const rows: readonly (readonly [string, UiKey])[] = [
  ['Space', 'help.pause'], ['1 … 6', 'help.speeds'], ['N', 'help.step'], ['← ↑ → ↓', 'help.pan'], ['+ −', 'help.zoom'], ['F', 'help.fit'],
  ['G', 'help.legend'], ['D', 'help.dispatch'], ['R', 'help.recall'], ['E', 'help.area'], ['B', 'help.report'], ['W', 'help.warning'],
  ['C', 'help.county'], ['L', 'help.level'], ['T', 'help.language'], ['P', 'help.projector'], ['M', 'help.mute'], ['Esc', 'help.cancel'],
];

export function openShortcutHelp(lang: Language): void {
  if (document.querySelector('dialog.help[open]')) return;
  const dialog = h('dialog', { className: 'help', attrs: { 'data-testid': 'shortcut-help' } });
  dialog.append(
    h('h2', {}, [ui(lang, 'help.title')]),
    h('p', {}, [ui(lang, 'help.mouse')]),
    h('table', {}, [h('tbody', {}, rows.map(([key, what]) => h('tr', {}, [h('th', {}, [h('kbd', {}, [key])]), h('td', {}, [ui(lang, what)])])))]),
    button(ui(lang, 'form.close'), () => dialog.close(), { className: 'primary' }),
  );
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
}
