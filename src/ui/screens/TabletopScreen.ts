// The tabletop: the HUD and command bar across the top, the incidents and the selection on the left, the map in
// the middle (Phaser, loaded when the first drill opens), the event feed and — in the hall — the inject controls
// on the right. It runs the drill's clock every animation frame and plays the sound cues.
import type { TabletopGame } from '../../game/createGame.ts';
import type { SoundBoard } from '../../audio/SoundBoard.ts';
import { cuesFor } from '../../audio/soundCues.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import type { SimEvent } from '../../sim/index.ts';
import type { AppSettings, Settings } from '../app/AppSettings.ts';
import type { DrillSession } from '../app/DrillSession.ts';
import type { RendererChoice } from '../app/launchOptions.ts';
import type { ShortcutAction } from '../app/shortcuts.ts';
import { attachShortcuts } from '../app/shortcuts.ts';
import { TabletopController } from '../app/TabletopController.ts';
import { h } from '../buildElement.ts';
import { openCountySupportForm } from '../forms/CountySupportForm.ts';
import { openReportForm } from '../forms/ReportForm.ts';
import { openResponseLevelForm } from '../forms/ResponseLevelForm.ts';
import { openWarningForm } from '../forms/WarningForm.ts';
import { CommandBar } from '../panels/CommandBar.ts';
import { EventFeedPanel } from '../panels/EventFeedPanel.ts';
import { HudPanel } from '../panels/HudPanel.ts';
import { ViewSwitch } from '../panels/ViewSwitch.ts';
import { IncidentListPanel } from '../panels/IncidentListPanel.ts';
import { InjectPanel } from '../panels/InjectPanel.ts';
import { CurveballPanel } from '../panels/CurveballPanel.ts';
import { ProjectorLauncher } from '../projector/ProjectorLauncher.ts';
import { SelectionPanel } from '../panels/SelectionPanel.ts';
import { tabletopShortcuts } from './tabletopShortcuts.ts';

export class TabletopScreen {
  readonly element: HTMLElement;
  readonly controller: TabletopController;
  private readonly commandBar: CommandBar;
  private game: TabletopGame | null = null;
  private sounds: SoundBoard | null = null;
  private readonly panels: { render(): void }[];
  private readonly disposers: (() => void)[] = [];
  private running = true;
  private lastLanguage: Settings['language'];
  private lastDirector: boolean;
  private lastProjector: boolean;

  constructor(private readonly options: { session: DrillSession; settings: AppSettings; renderer: RendererChoice; onEnd: () => void; onHelp: () => void }) {
    const { session, settings } = options;
    this.lastLanguage = settings.get().language;
    this.lastDirector = settings.get().directorView;
    this.lastProjector = settings.get().projector;
    const ctx = new TabletopController(session, settings);
    this.controller = ctx;
    const forms = { warning: (villages: string[]) => openWarningForm(ctx, villages), report: (incident: string | null) => openReportForm(ctx, incident) };
    const commands = new CommandBar(ctx, {
      report: () => forms.report(null), warning: () => forms.warning([]), county: () => openCountySupportForm(ctx), level: () => openResponseLevelForm(ctx),
      area: () => ctx.setPickMode(ctx.pickMode() === 'area' ? 'select' : 'area'),
      fit: () => ctx.map()?.fit(), zoomIn: () => ctx.map()?.zoomBy(1.25), zoomOut: () => ctx.map()?.zoomBy(0.8), legend: () => ctx.map()?.toggleLegend(),
      end: () => this.confirmEnd(),
    });
    const hud = new HudPanel(ctx);
    const viewSwitch = new ViewSwitch(ctx);
    const incidents = new IncidentListPanel(ctx);
    const selection = new SelectionPanel(ctx, forms);
    const feed = new EventFeedPanel(ctx);
    const injects = session.mode === 'hall' ? new InjectPanel(ctx) : null;
    const curveballs = session.mode === 'hall' ? new CurveballPanel(ctx) : null;
    const projector = session.mode === 'hall' ? new ProjectorLauncher(session, settings) : null;
    this.commandBar = commands;
    this.panels = [hud, commands, viewSwitch, incidents, selection, feed, ...(injects ? [injects] : []), ...(curveballs ? [curveballs] : []), ...(projector ? [projector] : [])];
    this.element = h('section', { className: 'tabletop', attrs: { 'data-testid': 'tabletop' } }, [
      hud.element,
      commands.element,
      h('div', { className: 'tabletop-body' }, [
        h('aside', { className: 'side left' }, [viewSwitch.element, incidents.element, selection.element]),
        h('div', { attrs: { id: 'game' } }),
        h('aside', { className: 'side right' }, [projector?.element ?? null, feed.element, injects?.element ?? null, curveballs?.element ?? null]),
      ]),
    ]);
    this.disposers.push(
      attachShortcuts((action) => this.shortcut(action)),
      settings.subscribe((s) => this.settingsChanged(s)),
      session.subscribe((events) => this.playCues(events)),
      () => projector?.dispose(),
    );
    ctx.orderCue = (result) => { if (!result.ok) this.sounds?.play('refused', performance.now()); };
  }

  /** Starts the clock loop and loads the map and the sounds; call once the element is in the page. */
  async mount(): Promise<void> {
    let last = performance.now();
    const loop = (now: number): void => {
      if (!this.running) return;
      this.options.session.tick(now - last);
      last = now;
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
    const parent = this.element.querySelector<HTMLElement>('#game');
    const [{ createGame }, { SoundBoard }] = await Promise.all([import('../../game/createGame.ts'), import('../../audio/SoundBoard.ts')]);
    if (!this.running || !parent) return;
    this.game = createGame({ parent, renderer: this.options.renderer, view: this.controller });
    this.sounds = new SoundBoard(this.options.settings.get());
  }

  renderer(): 'canvas' | 'webgl' | null { return this.game?.renderer() ?? null; }

  dispose(): void {
    this.running = false;
    for (const dispose of this.disposers) dispose();
    this.controller.dispose();
    this.game?.destroy();
    this.sounds?.destroy();
    for (const dialog of document.querySelectorAll('dialog')) dialog.close();
  }

  private settingsChanged(s: Readonly<Settings>): void {
    this.sounds?.apply(s);
    if (s.language === this.lastLanguage && s.directorView === this.lastDirector && s.projector === this.lastProjector) return;
    // Another viewing team needs only the view the controller pushes; another language or size of type redraws the map afresh.
    const restart = s.language !== this.lastLanguage || s.projector !== this.lastProjector;
    this.lastLanguage = s.language;
    this.lastDirector = s.directorView;
    this.lastProjector = s.projector;
    for (const panel of this.panels) panel.render();
    const camera = this.controller.map()?.cameraState();
    if (restart) this.game?.restart(camera ? { camera } : {});
  }

  private playCues(events: readonly SimEvent[]): void {
    if (!this.sounds || events.length === 0) return;
    const now = performance.now();
    for (const cue of cuesFor(events, (e) => this.controller.eventVisible(e))) this.sounds.play(cue, now);
  }

  private endArmedUntilMs = 0;

  /** The end button asks once more (a second press within three seconds), so a stray click never ends a drill. */
  private confirmEnd(): void {
    const now = performance.now();
    const button = this.element.querySelector<HTMLButtonElement>('[data-testid="end-drill"]');
    if (now < this.endArmedUntilMs) { this.options.onEnd(); return; }
    this.endArmedUntilMs = now + 3000;
    if (button) {
      button.classList.add('armed');
      button.textContent = ui(this.options.settings.get().language, 'command.endConfirm');
      setTimeout(() => { if (performance.now() >= this.endArmedUntilMs) this.commandBar.render(); }, 3100);
    }
  }

  private shortcut(action: ShortcutAction): void {
    tabletopShortcuts(action, { controller: this.controller, settings: this.options.settings, element: this.element, onHelp: this.options.onHelp });
  }
}
