// The button that exports a trainee's progress for the facilitator: asks the trainee's name once (kept on the device),
// then exports and says what went and what did not. It only shows and asks: the export is exportTraining's.
import type { Language } from '../../i18n/translate.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import type { StorageFailure } from '../../rehearsals/storageProblem.ts';
import type { TrainingAttempt } from '../../training/trainingAttempt.ts';
import { cleanTraineeName, maxTraineeNameChars } from '../../training/trainingAttempt.ts';
import { button, fill, h } from '../buildElement.ts';
import type { ExportDeps } from './exportTraining.ts';
import { exportTraining } from './exportTraining.ts';
import type { TrainingProgressStore } from './TrainingProgressStore.ts';

export interface ExportButtonOptions {
  store: TrainingProgressStore;
  /** The attempts to export (null when they could not be read: the trainee has been told). */
  attempts: () => Promise<readonly TrainingAttempt[] | null>;
  /** Tells the trainee the device would not keep or read something. */
  tell: (failure: StorageFailure) => void;
  label?: string;
  deps?: ExportDeps;
}

export function progressExportButton(lang: Language, options: ExportButtonOptions): HTMLElement {
  const status = h('div', { className: 'progress-export-status', attrs: { role: 'status', 'data-testid': 'progress-export-status' } });
  const who = h('p', { className: 'progress-trainee' });
  const nameInput = h('input', { attrs: { type: 'text', maxlength: String(maxTraineeNameChars), autocomplete: 'name', 'data-testid': 'progress-trainee-name' } });
  const nameProblem = h('p', { className: 'problem', attrs: { role: 'alert' } });
  const form = h('div', { className: 'progress-name-form', attrs: { hidden: '' } }, [
    h('label', {}, [ui(lang, 'progress.askName'), nameInput]),
    nameProblem,
    h('div', { className: 'buttons' }, [
      button(ui(lang, 'progress.saveName'), () => void saveNameAndExport(), { className: 'primary', attrs: { 'data-testid': 'progress-save-name' } }),
      button(ui(lang, 'progress.cancel'), () => { form.hidden = true; }),
    ]),
  ]);
  const show = (lines: readonly string[]) => fill(status, lines.map((line) => h('p', {}, [line])));
  const showName = (name: string | null) => fill(who, name === null ? [] : [ui(lang, 'progress.trainee', { name }), ' ', button(ui(lang, 'progress.changeName'), () => askName(name), { className: 'link', attrs: { 'data-testid': 'progress-change-name' } })]);

  function askName(name: string | null): void {
    nameInput.value = name ?? '';
    fill(nameProblem, []);
    form.hidden = false;
    nameInput.focus();
  }

  async function run(name: string): Promise<void> {
    show([ui(lang, 'progress.exporting')]);
    const attempts = await options.attempts();
    show(attempts === null ? [] : await exportTraining(lang, attempts, name, options.deps));
  }

  async function saveNameAndExport(): Promise<void> {
    const name = cleanTraineeName(nameInput.value);
    if (name === null) {
      fill(nameProblem, [ui(lang, 'progress.nameInvalid', { max: maxTraineeNameChars })]);
      return;
    }
    form.hidden = true;
    showName(name);
    const kept = await options.store.setTraineeName(name);
    if (!kept.ok) options.tell(kept); // the export goes on under the name just typed
    await run(name);
  }

  async function start(): Promise<void> {
    const kept = await options.store.traineeName();
    if (!kept.ok) options.tell(kept);
    const name = kept.ok ? kept.name : null;
    if (name === null) askName(null);
    else await run(name);
  }

  void options.store.traineeName().then((kept) => showName(kept.ok ? kept.name : null));
  return h('div', { className: 'progress-export', attrs: { 'data-testid': 'progress-export' } }, [
    button(options.label ?? ui(lang, 'progress.export'), () => void start(), { className: 'primary', attrs: { 'data-testid': 'progress-export-button' } }),
    who,
    form,
    status,
  ]);
}
