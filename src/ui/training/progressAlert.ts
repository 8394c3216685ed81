// Tells the trainee at once, on whatever screen, that this device would not keep or read their training progress,
// with what they can do instead (export the attempt just finished). It only shows and asks.
import type { Language } from '../../i18n/translate.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import type { StorageFailure } from '../../rehearsals/storageProblem.ts';
import { button, h } from '../buildElement.ts';

const alertId = 'training-progress-alert';

/** The words for a refused or failed read or write of the progress. */
export function progressStorageText(lang: Language, failure: StorageFailure): string {
  return ui(lang, `progress.storage.${failure.problem}`, { detail: failure.detail });
}

/** Shows (or replaces) the alert: `lines` to read, and `action` (an export, say) beside the button that closes it. */
export function showProgressAlert(lang: Language, lines: readonly string[], action: HTMLElement | null = null): HTMLElement {
  const alert = h('div', { className: 'storage-alert', attrs: { id: alertId, role: 'alert', 'data-testid': 'training-progress-alert' } }, [
    ...lines.map((line) => h('p', {}, [line])),
    h('div', { className: 'buttons' }, [
      action,
      button(ui(lang, 'progress.dismiss'), () => alert.remove(), { attrs: { 'data-testid': 'training-progress-alert-dismiss' } }),
    ]),
  ]);
  document.getElementById(alertId)?.remove();
  document.body.append(alert);
  return alert;
}
