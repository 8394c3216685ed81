// The page as a sequence of screens — Home → Briefing → Tabletop → Debrief — with the header and its settings
// on every screen. It owns the drill session while one runs and keeps the saved record in step with it.
import type { Language } from '../../i18n/translate.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import { fill } from '../buildElement.ts';
import { openShortcutHelp } from '../panels/ShortcutHelp.ts';
import { SettingsBar } from '../panels/SettingsBar.ts';
import { briefingScreen } from '../screens/BriefingScreen.ts';
import { homeScreen } from '../screens/HomeScreen.ts';
import { TabletopScreen } from '../screens/TabletopScreen.ts';
import type { ReviewData } from '../../review/reviewData.ts';
import type { ExportKind } from '../export/exportAs.ts';
import type { ReviewScreen } from '../review/ReviewScreen.ts';
import type { AppSettings } from './AppSettings.ts';
import { isDrillSpeed } from './DrillClock.ts';
import { DrillSession } from './DrillSession.ts';
import type { DrillMode, LaunchOptions } from './launchOptions.ts';
import type { CatalogEntry } from './scenarioCatalog.ts';
import { checkInBackground, findScenario, microDrillCatalog } from './scenarioCatalog.ts';
import type { DrillStore } from './drillStore.ts';
import type { SavedDrill } from './savedDrill.ts';
import { showStorageAlert } from './storageAlert.ts';
import type { Drill } from '../../sim/index.ts';
import { drillOfRecord } from '../../sim/index.ts';
import { namesWith } from '../../i18n/names.ts';

export type ScreenName = 'home' | 'briefing' | 'tabletop' | 'debrief' | 'rehearsals' | 'coverage';

export interface AppElements { screen: HTMLElement; title: HTMLElement; brand: HTMLElement; settings: HTMLElement }

export class App {
  screen: ScreenName = 'home';
  session: DrillSession | null = null;
  tabletop: TabletopScreen | null = null;
  /** The after-action review on screen, or null. */
  review: ReviewScreen | null = null;
  /** The last finished drill with its score, once scored. */
  private scored: ReviewData | null = null;
  private rerender: () => void = () => undefined;
  /** What the screen now showing needs done when another replaces it (a chart to destroy). */
  private leaveScreen: () => void = () => undefined;
  private title: (lang: Language) => string = () => '';
  /** The mode chosen on the home screen, kept when the screen is rebuilt. */
  private homeMode: DrillMode;
  /** The drill a reload or a crash interrupted, as the store had it at boot; null once resumed, discarded or ended. */
  private saved: SavedDrill | null = null;
  /** Self-training's micro-drills, listed on the home screen. */
  private readonly microDrills = microDrillCatalog();

  constructor(
    private readonly elements: AppElements,
    readonly settings: AppSettings,
    private readonly catalog: readonly CatalogEntry[],
    private readonly launch: LaunchOptions,
    private readonly drills: DrillStore,
    /** The page's localStorage (the coverage board keeps the ledger there), or null where the browser refuses it. */
    private readonly storage: Storage | null,
  ) {
    this.homeMode = launch.mode;
    const bar = new SettingsBar(settings, () => openShortcutHelp(settings.get().language));
    elements.settings.replaceWith(bar.element);
    let language = settings.get().language;
    settings.subscribe((now) => {
      this.applySettings();
      if (now.language !== language) this.rerender();
      language = now.language;
    });
    this.applySettings();
    // Leaving or reloading the page saves the drill where it stands.
    window.addEventListener('pagehide', () => this.session?.save());
    drills.onFailure((failure) => showStorageAlert(this.settings.get().language, failure, () => this.session?.record() ?? null));
  }

  /** Opens what the address asks for; a drill a reload interrupted always comes first, on the home screen. */
  async boot(): Promise<void> {
    this.saved = await this.drills.load();
    const entry = this.launch.scenario ? findScenario(this.catalog, this.launch.scenario) : undefined;
    if (this.saved || !entry?.drill()) this.showHome();
    else if (this.launch.start) this.startDrill(entry, this.launch.mode, this.launch.team);
    else this.showBriefing(entry, this.launch.mode);
  }

  showHome(): void {
    this.leaveTabletop();
    this.session = null;
    const saved = this.saved;
    const savedEntry = saved ? this.catalog.find((e) => e.path === saved.scenarioPath && e.drill()) : undefined;
    this.show('home', () => '', (lang) => homeScreen({
      language: lang, catalog: this.catalog, microDrills: this.microDrills, mode: this.homeMode,
      saved: saved && savedEntry ? { saved, entry: savedEntry } : null,
      actions: {
        open: (e, mode) => void this.openBriefing(e, mode),
        resume: () => this.resumeSaved(),
        discard: () => { this.saved = null; void this.drills.clear(); this.showHome(); },
        setLanguage: (language) => this.settings.update({ language }),
        setMode: (mode) => { this.homeMode = mode; },
        openRehearsals: () => void this.showRehearsals(),
        openCoverage: () => void this.showCoverage(),
      },
    }));
    checkInBackground(this.catalog, () => this.screen === 'home', () => this.rerender());
  }

  /**
   * Opens a drill's briefing from the app's screens (home, the coverage board): the scenario, or `built` from it, with
   * the open hazards of the township's ledger applied where they lie and named on the briefing. A drill opened by its
   * address (`?scenario=`) runs as the scenario is written.
   */
  private async openBriefing(entry: CatalogEntry, mode: DrillMode, built?: Drill): Promise<void> {
    const drill = built ?? entry.drill();
    if (!drill) { this.rerender(); return; }
    const { townshipDrill } = await import('../ledger/townshipDrill.ts');
    const township = townshipDrill(drill, this.storage, new Date().getFullYear());
    this.showBriefing(entry, mode, township.drill, township.section);
  }

  /** `built`: a drill made from the entry's scenario (with the ledger's hazards, or a ledger item's drill), instead of the scenario as it is. */
  showBriefing(entry: CatalogEntry, mode: DrillMode, built?: Drill, hazards: (lang: Language) => HTMLElement | null = () => null): void {
    const drill = built ?? entry.drill();
    if (!drill) { this.rerender(); return; }
    this.leaveReview();
    this.show('briefing', (lang) => (lang === 'zh' ? drill.scenario.titleZh : drill.scenario.titleEn), (lang) =>
      briefingScreen({ language: lang, drill, mode, hazards: hazards(lang), start: (team) => this.startDrill(entry, mode, team, built), back: () => this.showHome() }));
  }

  startDrill(entry: CatalogEntry, mode: DrillMode, team: string | null, built?: Drill): void {
    const drill = built ?? entry.drill();
    if (!drill) return;
    this.saved = null;
    const session = DrillSession.start({ drill, mode, team: mode === 'training' ? team : null, store: this.drills });
    this.openTabletop(session);
    if (this.launch.speed !== null && isDrillSpeed(this.launch.speed)) session.run(this.launch.speed);
  }

  private resumeSaved(): void {
    const saved = this.saved;
    const loaded = saved ? this.catalog.find((e) => e.path === saved.scenarioPath)?.drill() : null;
    // A drill built from a ledger item, or run with its open hazards, resumes as it was played.
    const played = saved && loaded ? drillOfRecord(loaded, saved.record) : null;
    const drill = played?.ok ? played.value : null;
    if (!saved || !drill) { this.showHome(); return; }
    this.saved = null;
    this.openTabletop(DrillSession.resume({ drill, saved, store: this.drills }));
  }

  private openTabletop(session: DrillSession): void {
    this.leaveTabletop();
    this.session = session;
    const tabletop = new TabletopScreen({
      session, settings: this.settings, renderer: this.launch.renderer,
      onEnd: () => void this.showDebrief(), onHelp: () => openShortcutHelp(this.settings.get().language),
    });
    this.tabletop = tabletop;
    const { scenario } = session.drill;
    this.show('tabletop', (lang) => (lang === 'zh' ? scenario.titleZh : scenario.titleEn), () => tabletop.element, false);
    document.body.classList.toggle('hall-tabletop', session.mode === 'hall');
    void tabletop.mount();
  }

  /** Ends the drill and opens its after-action review, which scores it in the background. */
  private async showDebrief(): Promise<void> {
    const session = this.session;
    if (!session) return;
    const { ReviewScreen } = await import('../review/ReviewScreen.ts');
    const state = session.state();
    const drill = {
      world: namesWith(session.world, state.curveballs), state, record: session.record(), events: session.events(),
      scenarioPath: session.drill.files.scenario, mode: session.mode, team: session.team, finishedAt: new Date().toISOString(),
    };
    this.leaveTabletop();
    this.session = null;
    void this.drills.clear();
    this.scored = null;
    const review = new ReviewScreen({
      drill, settings: this.settings, renderer: this.launch.renderer,
      actions: { home: () => this.showHome(), exportAs: (kind) => this.exportReview(kind), compareRehearsals: () => this.compareRehearsals() },
      onScored: (score) => this.onScored({ ...drill, score }),
      storage: this.storage,
    });
    this.review = review;
    const { scenario } = session.drill;
    this.show('debrief', (lang) => (lang === 'zh' ? scenario.titleZh : scenario.titleEn), () => review.element, false);
    review.start();
  }

  /** The one place a finished drill, scored, is announced: it is kept in the rehearsal log, and the exports start from here. */
  onScored(data: ReviewData): void {
    this.scored = data;
    const review = this.review;
    void import('../../rehearsals/saveRehearsal.ts').then(async ({ saveRehearsal }) => {
      const kept = await saveRehearsal(data);
      const lang = this.settings.get().language;
      if (kept.ok) review?.tell(ui(lang, 'rehearsals.kept'));
      else review?.tell((await import('../rehearsals/storageMessage.ts')).storageMessage(lang, kept), true);
    });
  }

  /** The rehearsal log: every kept drill, and the comparison of one scenario's rehearsals (opened at once when named). */
  async showRehearsals(scenarioId?: string): Promise<void> {
    const [{ rehearsalsScreen, releaseTrendChart }, { rehearsalLog }] = await Promise.all([import('../rehearsals/rehearsalsScreen.ts'), import('../../rehearsals/saveRehearsal.ts')]);
    this.leaveTabletop();
    this.session = null;
    this.show('rehearsals', (lang) => ui(lang, 'rehearsals.title'), (lang) => rehearsalsScreen({
      language: lang, store: rehearsalLog(), back: () => this.showHome(), catalog: [...this.catalog, ...microDrillCatalog()], ...(scenarioId ? { scenarioId } : {}),
    }));
    this.leaveScreen = releaseTrendChart;
  }

  /** The coverage board of the hazard ledger and the rehearsal log; its drill buttons open the drill's briefing. */
  async showCoverage(): Promise<void> {
    const [{ coverageScreen }, { rehearsalLog }] = await Promise.all([import('../ledger/coverageScreen.ts'), import('../../rehearsals/saveRehearsal.ts')]);
    this.leaveTabletop();
    this.session = null;
    this.show('coverage', (lang) => ui(lang, 'coverage.title'), (lang) => coverageScreen({
      language: lang, store: rehearsalLog(), catalog: this.catalog, storage: this.storage, today: new Date().toISOString().slice(0, 10),
      back: () => this.showHome(), openDrill: (entry, built) => void this.openBriefing(entry, this.homeMode, built),
    }));
  }

  /** Downloads or prints an export of the scored drill; a failure is told on the review, in words. */
  private exportReview(kind: ExportKind): void {
    const data = this.scored;
    if (!data) return;
    const review = this.review;
    void import('../export/exportAs.ts').then(async ({ exportAs }) => {
      const outcome = await exportAs(kind, data, this.settings.get().language);
      if (!outcome.ok) review?.tell(outcome.message, true);
    });
  }

  private compareRehearsals(): void {
    if (this.scored) void this.showRehearsals(this.scored.record.scenarioId);
  }

  private leaveReview(): void {
    this.review?.dispose();
    this.review = null;
  }

  private leaveTabletop(): void {
    this.leaveReview();
    this.tabletop?.dispose();
    this.tabletop = null;
    document.body.classList.remove('hall-tabletop');
  }

  /** Shows a screen; unless it renders itself, it is rebuilt in the new language when the language changes. */
  private show(screen: ScreenName, title: (lang: Language) => string, build: (lang: Language) => HTMLElement, rebuildOnLanguage = true): void {
    if (this.screen !== screen) { this.leaveScreen(); this.leaveScreen = () => undefined; }
    this.screen = screen;
    this.title = title;
    const render = (): void => fill(this.elements.screen, [build(this.settings.get().language)]);
    this.rerender = rebuildOnLanguage ? render : () => undefined;
    render();
    this.applySettings();
    // The screens scroll inside #screen, not the window: a new screen opens at its top, not at the last one's place.
    this.elements.screen.scrollTop = 0;
    window.scrollTo(0, 0);
  }

  private applySettings(): void {
    const s = this.settings.get();
    document.documentElement.lang = s.language === 'zh' ? 'zh-CN' : 'en';
    document.body.classList.toggle('projector', s.projector);
    this.elements.brand.textContent = ui(s.language, 'app.name');
    this.elements.title.textContent = this.title(s.language);
    document.title = this.title(s.language) ? `${this.title(s.language)} · ${ui(s.language, 'app.name')}` : ui(s.language, 'app.name');
  }
}
