// Fills the self-training catalog's progress slots (`data-progress-for="<scenario id>"`, one per micro-drill row) with
// the trainee's best and last score, whether it was passed in a test or only with hints, and a marker on the drill
// suggested next, with why. It only shows: the progress is the store's, the suggestion nextDrill's.
import './progress.css';
import type { Language } from '../../i18n/translate.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import type { DrillProgress } from '../../training/drillProgress.ts';
import { latestAttempt } from '../../training/drillProgress.ts';
import type { MicroDrill, NextDrill } from '../../training/nextDrill.ts';
import { microDrillOf, nextDrill, roleOfLatest } from '../../training/nextDrill.ts';
import { fill, h } from '../buildElement.ts';
import { microDrillCatalog } from '../app/scenarioCatalog.ts';
import { pageLanguage } from './pageLanguage.ts';
import { showProgressAlert } from './progressAlert.ts';
import type { TrainingProgress } from './progressStore.ts';
import { readTrainingProgress } from './progressStore.ts';

export interface FillOptions {
  /** The language of the words; the page's (the nearest `lang`) by default. */
  language?: Language;
  /** The micro-drills, in catalog order; the bundled ones by default. */
  drills?: readonly MicroDrill[];
  /** Reads the progress; this device's by default (null when it could not: the trainee has been told). */
  read?: () => Promise<TrainingProgress | null>;
}

function bundledMicroDrills(): MicroDrill[] {
  return microDrillCatalog().flatMap((entry) => (entry.scenario ? microDrillOf(entry.scenario) ?? [] : []));
}

function passText(lang: Language, progress: DrillProgress): string {
  if (progress.passedInTest) return ui(lang, 'progress.passedInTest');
  return ui(lang, progress.passedCoached ? 'progress.passedCoached' : 'progress.notPassed');
}

function nextMarker(lang: Language, next: NextDrill): HTMLElement {
  const factors = next.newFactors.map((f) => ui(lang, `factor.${f}`)).join(lang === 'zh' ? '、' : ', ');
  return h('span', { className: 'progress-next', attrs: { 'data-testid': 'progress-next' } }, [
    h('strong', {}, [ui(lang, 'progress.next')]),
    ` · ${ui(lang, `progress.next.${next.reason}`)}`,
    factors === '' ? null : ` · ${ui(lang, 'progress.next.newFactors', { factors })}`,
  ]);
}

/** What one slot shows for its micro-drill. */
function slotContent(lang: Language, progress: DrillProgress | undefined, next: NextDrill | null): HTMLElement[] {
  const scores = progress
    ? h('span', { className: 'progress-scores', attrs: { 'data-testid': 'progress-scores' } }, [ui(lang, 'progress.scores', { best: Math.round(progress.bestPercent), last: Math.round(progress.lastPercent), count: progress.attemptCount })])
    : h('span', { className: 'progress-scores never', attrs: { 'data-testid': 'progress-scores' } }, [ui(lang, 'progress.never')]);
  const passed = progress ? h('span', { className: `progress-pass ${progress.passedInTest ? 'test' : progress.passedCoached ? 'coached' : 'failed'}`, attrs: { 'data-testid': 'progress-pass' } }, [passText(lang, progress)]) : null;
  return [scores, ...(passed ? [passed] : []), ...(next ? [nextMarker(lang, next)] : [])];
}

/**
 * Fills every `[data-progress-for]` slot under `root` and marks the suggested drill's slot `data-next`. Resolves once
 * filled; when the progress could not be read the slots are left empty (the trainee has been told why).
 */
export async function fillProgress(root: HTMLElement, options: FillOptions = {}): Promise<void> {
  const lang = options.language ?? pageLanguage(root);
  const read = await (options.read ?? readTrainingProgress)();
  if (read === null) return;
  if (read.problems.length > 0) showProgressAlert(lang, [ui(lang, 'progress.damaged', { count: read.problems.length, detail: read.problems.join('; ') })]);
  const drills = options.drills ?? bundledMicroDrills();
  const next = nextDrill(drills, read.progress, roleOfLatest(drills, latestAttempt(read.attempts)));
  for (const slot of root.querySelectorAll<HTMLElement>('[data-progress-for]')) {
    const id = slot.dataset.progressFor ?? '';
    const isNext = next?.scenarioId === id;
    if (isNext) slot.dataset.next = 'true';
    else delete slot.dataset.next;
    fill(slot, slotContent(lang, read.progress.find((p) => p.scenarioId === id), isNext ? next : null));
  }
}
