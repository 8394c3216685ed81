// Tells the hall at once, on whatever screen, that the browser refused to keep the drill in progress — a crash or
// reload would then lose it — and offers the record as a JSON file instead. It only shows and asks.
import type { Language } from '../../i18n/translate.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import type { StorageFailure } from '../../rehearsals/storageProblem.ts';
import type { DrillRecord } from '../../sim/index.ts';
import { button, h } from '../buildElement.ts';
import { downloadFile } from '../export/downloadFile.ts';

const alertId = 'drill-storage-alert';

/** Shows (or refreshes) the alert; `record` gives the drill's record now, or null when no drill is open. */
export function showStorageAlert(lang: Language, failure: StorageFailure, record: () => DrillRecord | null): void {
  const exportRecord = () => {
    const now = record();
    if (now) downloadFile(`${JSON.stringify(now)}\n`, `${now.scenarioId}-record.json`, 'application/json');
  };
  const alert = h('div', { className: 'storage-alert', attrs: { id: alertId, role: 'alert', 'data-testid': 'drill-storage-alert' } }, [
    h('p', {}, [ui(lang, 'drillStorage.refused', { detail: failure.detail })]),
    h('div', { className: 'buttons' }, [
      button(ui(lang, 'drillStorage.export'), exportRecord, { className: 'primary', attrs: { 'data-testid': 'drill-storage-export' } }),
      button(ui(lang, 'drillStorage.dismiss'), () => alert.remove(), { attrs: { 'data-testid': 'drill-storage-dismiss' } }),
    ]),
  ]);
  document.getElementById(alertId)?.remove();
  document.body.append(alert);
}
