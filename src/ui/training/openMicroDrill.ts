// Opens a micro-drill on this device, kept as it is played: the run is saved in the `microDrill` slot of the drill
// store (the hall drill's mechanism, issue #17), so a reload finds it and offers to go on where it was, or to drop it
// and start the micro-drill the address asks for. A device that will not keep it says so once, and the drill goes on
// in memory. The finished run's attempt is counted in the progress once (keepFinishedMicroDrill).
import type { Language } from '../../i18n/translate.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import type { Doctrine, Drill } from '../../sim/index.ts';
import type { DrillSpeed } from '../app/DrillClock.ts';
import { DrillStore } from '../app/drillStore.ts';
import type { KeepFinishedAttempt } from './CoachSession.ts';
import { CoachSession } from './CoachSession.ts';
import { progressStorageText, showProgressAlert } from './progressAlert.ts';
import { resumeOfferView } from './resumeOffer.ts';
import type { TrainingMode } from './trainingResult.ts';

export interface MicroDrillPage {
  language(): Language;
  /** The micro-drill the address asks for. */
  asked: { drill: Drill; doctrine: Doctrine | null; team: string; mode: TrainingMode; speed: DrillSpeed };
  /** A micro-drill on this device by its scenario's path, with its doctrine; null when this version has none. */
  drillAt(path: string): { drill: Drill; doctrine: Doctrine | null } | null;
  /** Shows the offer to resume (before any session runs). */
  show(element: HTMLElement): void;
  /** Shows a session's training screen. */
  train(session: CoachSession): void;
  /** The run's store (the browser's `drillhall` database by default). */
  store?: DrillStore;
}

/** Resolves once the page shows the offer or a running micro-drill. */
export async function openMicroDrill(page: MicroDrillPage): Promise<void> {
  const store = page.store ?? new DrillStore(null, undefined, 'microDrill');
  let told = false;
  store.onFailure((failure) => {
    if (told) return; // once a page: a refused save comes every few seconds of play
    told = true;
    const lang = page.language();
    showProgressAlert(lang, [progressStorageText(lang, failure), ui(lang, 'coach.storage.inMemory')]);
  });
  const save: KeepFinishedAttempt = async (attempt, run) => (await import('./progressStore.ts')).keepFinishedMicroDrill(attempt, run, store);
  const begin = (session: CoachSession): void => {
    // Leaving or reloading the page saves the run where it stands.
    window.addEventListener('pagehide', () => void session.seat.save());
    page.train(session);
  };
  const fresh = (): void => begin(new CoachSession({ ...page.asked, store, save }));
  const saved = await store.load();
  const found = saved?.coach && saved.team !== null ? page.drillAt(saved.scenarioPath) : null;
  if (!saved || !found || saved.team === null) { fresh(); return; }
  const team = saved.team;
  page.show(resumeOfferView(page.language(), { saved, drill: found.drill, asked: page.asked.drill }, {
    resume: () => {
      const session = CoachSession.resume({ drill: found.drill, doctrine: found.doctrine, team, store, save }, saved);
      if (session) begin(session);
      else fresh();
    },
    fresh,
  }));
}
