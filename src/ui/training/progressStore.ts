// The self-training screens' door to the trainee's progress on this device: keep each micro-drill played to its end,
// read every micro-drill's progress, export it for the facilitator. Storage refused or full is told to the trainee
// at once (an alert offering to export the attempt just finished), never swallowed.
import type { StorageFailure } from '../../rehearsals/storageProblem.ts';
import type { DrillProgress } from '../../training/drillProgress.ts';
import { progressByDrill } from '../../training/drillProgress.ts';
import type { TrainingAttempt } from '../../training/trainingAttempt.ts';
import { checkAttempt, withoutRecordEvents } from '../../training/trainingAttempt.ts';
import type { Language } from '../../i18n/translate.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import { pageLanguage } from './pageLanguage.ts';
import { progressStorageText, showProgressAlert } from './progressAlert.ts';
import type { ExportButtonOptions } from './progressExportButton.ts';
import { progressExportButton } from './progressExportButton.ts';
import { TrainingProgressStore } from './TrainingProgressStore.ts';
import type { DrillStore } from '../app/drillStore.ts';
import type { FinishedRun } from './CoachSession.ts';
import { checkCountedRuns, countRunOnce } from './savedCoach.ts';
import { trainingAttemptStoreName, trainingProfileStoreName } from '../../rehearsals/rehearsalDatabase.ts';

export type { TrainingAttempt } from '../../training/trainingAttempt.ts';

let shared: TrainingProgressStore | null = null;

/** This device's progress store, opened on first use. */
export function progressStore(): TrainingProgressStore {
  shared ??= new TrainingProgressStore();
  return shared;
}

/** Tells the trainee that storage failed; with the attempt that could not be kept, offers to export it instead. */
export function tellStorageFailure(failure: StorageFailure, attempt: TrainingAttempt | null = null): void {
  const lang = pageLanguage();
  const lines = [progressStorageText(lang, failure), ...(attempt ? [ui(lang, 'progress.storage.keepThis')] : [])];
  // The alert already says storage failed: the export inside it does not tell it again (which would replace the alert).
  const action = attempt ? trainingExportButton({ attempts: () => Promise.resolve([attempt]), label: ui(lang, 'progress.exportThis'), tell: () => undefined }) : null;
  showProgressAlert(lang, lines, action);
}

/** Keeps a micro-drill the trainee played to its end. Resolves once it is on disk, or once the trainee has been told it could not be. */
export async function saveTrainingAttempt(attempt: TrainingAttempt): Promise<void> {
  const kept = await progressStore().save(attempt);
  if (!kept.ok) tellStorageFailure(kept, attempt);
}

/** The key in the trainee's profile store of the runs whose attempt was counted (countRunOnce). */
const countedRunsKey = 'countedRuns';

/**
 * Keeps the attempt a micro-drill run ended with and forgets the run as one to resume, in one write of the run's
 * store (`DrillStore.end`): a reload in between finds either the run to finish or the attempt counted, never both, and
 * a run finished twice (resumed in two tabs) is counted once (`countRunOnce`). Resolves once on disk, or once the
 * trainee has been told it could not be (with the attempt offered as a file).
 */
export async function keepFinishedMicroDrill(attempt: TrainingAttempt, run: FinishedRun, store: Pick<DrillStore, 'end'>): Promise<void> {
  const checked = checkAttempt(attempt, 'the training attempt');
  if (!checked.ok) { tellStorageFailure({ ok: false, problem: 'failed', detail: checked.problems.join('; ') }, attempt); return; }
  const kept = await store.end(async (tx, saved) => {
    const profile = tx.objectStore(trainingProfileStoreName);
    const once = countRunOnce(checkCountedRuns(await profile.get(countedRunsKey)), saved, run.runId);
    if (once.add) await Promise.all([tx.objectStore(trainingAttemptStoreName).add(withoutRecordEvents(checked.attempt)), profile.put(once.counted, countedRunsKey)]);
    return { forget: once.forget };
  });
  if (!kept.ok) tellStorageFailure(kept, attempt);
}

export interface TrainingProgress {
  attempts: TrainingAttempt[];
  /** Per micro-drill tried: attempts, best, last, passed in a test or only with hints. */
  progress: DrillProgress[];
  /** Kept attempts that do not pass their checks, each named; they were left out. */
  problems: string[];
}

let toldUnreadable = false;

/** The trainee's progress; null when the device would not read it (the trainee is told, once a page: the home screen reads it on every showing). */
export async function readTrainingProgress(): Promise<TrainingProgress | null> {
  const read = await progressStore().attempts();
  if (!read.ok) {
    if (!toldUnreadable) tellStorageFailure(read);
    toldUnreadable = true;
    return null;
  }
  return { attempts: read.attempts, progress: progressByDrill(read.attempts), problems: read.problems };
}

/** The export button on this device's progress (every attempt unless `attempts` says which), in the page's language. */
export function trainingExportButton(options: Partial<Pick<ExportButtonOptions, 'attempts' | 'label' | 'deps' | 'tell'>> & { language?: Language } = {}): HTMLElement {
  return progressExportButton(options.language ?? pageLanguage(), {
    store: progressStore(),
    attempts: async () => (await readTrainingProgress())?.attempts ?? null,
    tell: (failure) => tellStorageFailure(failure),
    ...options,
  });
}
