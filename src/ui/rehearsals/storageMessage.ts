// What to tell the hall when the browser would not keep or read the rehearsal log: the cause, in words a user can
// act on. Small on purpose, so the review can show it without loading the rehearsals screen.
import type { Language } from '../../i18n/translate.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import type { StorageFailure } from '../../rehearsals/storageProblem.ts';

export function storageMessage(lang: Language, failure: StorageFailure): string {
  return ui(lang, `rehearsals.storage.${failure.problem}`, { detail: failure.detail });
}
