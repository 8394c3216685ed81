// The first screen: resume a drill a reload interrupted, choose the mode (a hall drill or self-training) and the
// language, and pick a scenario. Files that do not load are listed with their problems as plain text.
import type { Language } from '../../i18n/translate.ts';
import { durationText } from '../../i18n/clock.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import { factorStyle } from '../../game/factorStyles.ts';
import type { CatalogEntry } from '../app/scenarioCatalog.ts';
import type { DrillMode } from '../app/launchOptions.ts';
import type { SavedDrill } from '../app/savedDrill.ts';
import { button, h } from '../buildElement.ts';
import { scenarioDateTime } from '../scenarioClock.ts';
import { trainingCatalog } from '../training/TrainingCatalog.ts';

export interface HomeActions {
  open: (entry: CatalogEntry, mode: DrillMode) => void;
  resume: () => void;
  discard: () => void;
  setLanguage: (language: Language) => void;
  setMode: (mode: DrillMode) => void;
  /** Shows the rehearsal log and the comparison of past rehearsals. */
  openRehearsals: () => void;
  /** Shows the hazard ledger's coverage board. */
  openCoverage: () => void;
}

function resumeCard(lang: Language, saved: { saved: SavedDrill; entry: CatalogEntry } | null, act: HomeActions): HTMLElement | null {
  const scenario = saved?.entry.scenario;
  if (!saved || !scenario) return null;
  const at = scenarioDateTime(scenario.start, saved.saved.record.endS).time;
  return h('section', { className: 'resume', attrs: { 'data-testid': 'resume-card' } }, [
    h('h2', {}, [ui(lang, 'home.resumeTitle')]),
    h('p', {}, [ui(lang, 'home.resumeText', { title: lang === 'zh' ? scenario.titleZh : scenario.titleEn, time: at, orders: saved.saved.record.orders.length })]),
    h('div', { className: 'buttons' }, [
      button(ui(lang, 'home.resume'), act.resume, { className: 'primary', attrs: { 'data-testid': 'resume' } }),
      button(ui(lang, 'home.discard'), act.discard, { attrs: { 'data-testid': 'discard' } }),
    ]),
  ]);
}

function scenarioCard(lang: Language, entry: CatalogEntry, mode: () => DrillMode, act: HomeActions): HTMLElement {
  const s = entry.scenario;
  if (!s || entry.problems) {
    return h('li', { className: 'scenario broken', attrs: { 'data-testid': `scenario-${entry.id}` } }, [
      h('h3', {}, [entry.path]), h('p', {}, [ui(lang, 'home.broken')]), h('pre', { className: 'problems' }, [entry.problems]),
    ]);
  }
  const factors = [...new Set(s.incidents.map((i) => i.factor))];
  const { date, time } = scenarioDateTime(s.start, 0);
  return h('li', { className: 'scenario', attrs: { 'data-testid': `scenario-${entry.id}` } }, [
    h('h3', {}, [lang === 'zh' ? s.titleZh : s.titleEn]),
    h('p', { className: 'scenario-meta' }, [
      ...factors.map((f) => h('span', { className: 'factor-badge', style: { background: `#${factorStyle(f).colour.toString(16).padStart(6, '0')}` } }, [factorStyle(f).glyph[lang]])),
      ui(lang, 'home.meta', { date: `${date} ${time.slice(0, 5)}`, duration: durationText(lang, s.durationS), incidents: s.incidents.length, injects: s.injects.length }),
    ]),
    button(ui(lang, 'home.open'), () => act.open(entry, mode()), { className: 'primary', attrs: { 'data-testid': `open-${entry.id}` } }),
  ]);
}

export function homeScreen(options: { language: Language; catalog: readonly CatalogEntry[]; microDrills: readonly CatalogEntry[]; saved: { saved: SavedDrill; entry: CatalogEntry } | null; mode: DrillMode; actions: HomeActions }): HTMLElement {
  const { language: lang, actions: act } = options;
  let mode = options.mode;
  const modeChoice = (value: DrillMode) => {
    const input = h('input', { attrs: { type: 'radio', name: 'mode', value, 'data-testid': `mode-${value}`, ...(value === mode ? { checked: '' } : {}) }, on: { change: () => { mode = value; home.dataset.mode = value; act.setMode(value); } } });
    return h('label', { className: 'mode-choice' }, [input, h('strong', {}, [ui(lang, `home.mode.${value}`)]), h('span', {}, [ui(lang, `home.mode.${value}.about`)])]);
  };
  const rehearsals = () => act.openRehearsals();
  // The catalog fills each micro-drill's slot with the trainee's progress on this device, and offers its export.
  const training = trainingCatalog({ language: lang, entries: options.microDrills });
  // Self-training lists the micro-drills first (shown while that mode is chosen: training.css).
  const home: HTMLElement = h('div', { className: 'screen home', attrs: { 'data-testid': 'home', 'data-mode': mode } }, [
    resumeCard(lang, options.saved, act),
    h('section', { className: 'choices' }, [
      h('fieldset', {}, [h('legend', {}, [ui(lang, 'home.mode')]), modeChoice('hall'), modeChoice('training')]),
      h('fieldset', {}, [h('legend', {}, [ui(lang, 'home.language')]),
        button('中文', () => act.setLanguage('zh'), { className: lang === 'zh' ? 'active' : '', attrs: { lang: 'zh', 'aria-pressed': String(lang === 'zh') } }),
        button('English', () => act.setLanguage('en'), { className: lang === 'en' ? 'active' : '', attrs: { lang: 'en', 'aria-pressed': String(lang === 'en') } })]),
    ]),
    h('div', { className: 'buttons' }, [
      button(ui(lang, 'rehearsals.open'), rehearsals, { attrs: { 'data-testid': 'open-rehearsals' } }),
      button(ui(lang, 'coverage.open'), () => act.openCoverage(), { attrs: { 'data-testid': 'open-coverage' } }),
      // The hall drill with seats runs on the hall server: its director's screen opens in a tab of its own.
      h('a', { className: 'button-link', attrs: { href: '?screen=director', target: '_blank', 'data-testid': 'open-hall-drill' } }, [ui(lang, 'hall.open')]),
    ]),
    training,
    h('section', {}, [h('h2', {}, [ui(lang, 'home.scenarios')]), h('ul', { className: 'scenario-list' }, options.catalog.map((e) => scenarioCard(lang, e, () => mode, act)))]),
  ]);
  return home;
}
