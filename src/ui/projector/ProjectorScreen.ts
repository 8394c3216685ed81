// The projected screen (`?screen=projector`, opened in a second window from the facilitator's tabletop): the
// township's map, the clock, the public feed and the drill's status, in large type for the back of the hall. It
// follows the facilitator's window over the projector link and shows only what the whole hall may see; the
// facilitator's panels (injects to come, curveballs) are never built here.
import type { TabletopGame } from '../../game/createGame.ts';
import type { Language } from '../../i18n/translate.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import type { Drill } from '../../sim/index.ts';
import type { RendererChoice } from '../app/launchOptions.ts';
import { fill, h } from '../buildElement.ts';
import { clockParts, statusChips } from '../panels/drillStatus.ts';
import { withoutEchoes } from '../panels/feedEchoes.ts';
import { feedLine } from '../panels/feedLine.ts';
import type { DrillMessage } from './projectorLink.ts';
import { openProjectorChannel, readProjectorMessage } from './projectorLink.ts';
import { ProjectorFollower } from './ProjectorFollower.ts';
import { ProjectorView } from './ProjectorView.ts';
import { publicEventVisible } from './publicView.ts';

/** Lines of the public feed kept on screen. */
const feedLines = 12;

export interface ProjectorOptions {
  renderer: RendererChoice;
  /** The language shown until the facilitator's window says which. */
  language: Language;
  findDrill(scenarioPath: string): Drill | null;
  /** Tells the page header the drill's title (the screen's name while waiting), and the language shown. */
  setTitle(title: string, language: Language): void;
}

export class ProjectorScreen {
  readonly element = h('section', { className: 'projector-screen', attrs: { 'data-testid': 'projector-screen', 'data-following': 'false' } });
  private readonly clock = h('div', { className: 'hud-clock' });
  private readonly status = h('div', { className: 'hud-status', attrs: { 'data-testid': 'projector-status' } });
  private readonly feed = h('ol', { className: 'feed-list', attrs: { 'aria-live': 'polite' } });
  private readonly feedTitle = h('h2', {});
  private readonly mapParent = h('div', { attrs: { id: 'game' } });
  private readonly notice = h('p', { className: 'projector-notice', attrs: { 'data-testid': 'projector-notice' } });
  private readonly follower: ProjectorFollower;
  private readonly channel = openProjectorChannel();
  private language: Language;
  private view: ProjectorView | null = null;
  private game: TabletopGame | null = null;
  private lastPaused = true;

  constructor(private readonly options: ProjectorOptions) {
    this.language = options.language;
    this.follower = new ProjectorFollower((path) => options.findDrill(path));
    fill(this.element, [
      h('div', { className: 'hud projector-hud' }, [this.clock, this.status]),
      h('div', { className: 'projector-body' }, [this.mapParent, h('aside', { className: 'panel feed projector-feed', attrs: { 'data-testid': 'projector-feed' } }, [this.feedTitle, this.feed])]),
      this.notice,
    ]);
    this.render();
  }

  /** Starts listening and asks the facilitator's window for the drill as it stands. */
  start(): void {
    if (!this.channel) return;
    this.channel.onmessage = (event: MessageEvent<unknown>) => {
      const message = readProjectorMessage(event.data);
      if (message?.kind === 'drill') void this.follow(message);
      else if (message?.kind === 'ended') this.ended();
    };
    this.channel.postMessage({ kind: 'hello' });
  }

  private async follow(message: DrillMessage): Promise<void> {
    const before = this.follower.drill();
    if (!this.follower.follow(message)) return;
    const languageChanged = message.language !== this.language;
    this.language = message.language;
    this.lastPaused = message.paused;
    const drill = this.follower.drill();
    const world = this.follower.world();
    const state = this.follower.state();
    const firstView = this.follower.view();
    if (!drill || !world || !state || !firstView) return;
    if (drill !== before || !this.view) {
      this.game?.destroy();
      this.game = null;
      delete this.element.dataset.mapDrawn;
      this.view = new ProjectorView({ follower: this.follower, drill, world, firstView, language: this.language, onDrawn: () => { this.element.dataset.mapDrawn = 'true'; } });
      const view = this.view;
      const { createGame } = await import('../../game/createGame.ts');
      if (this.view !== view) return;
      this.game = createGame({ parent: this.mapParent, renderer: this.options.renderer, view });
    } else if (languageChanged) {
      this.view.setLanguage(this.language);
      this.game?.restart({});
    } else {
      this.view.followed();
    }
    this.render();
  }

  private ended(): void {
    this.follower.forget();
    this.render(ui(this.language, 'projector.ended'));
  }

  private render(notice?: string): void {
    const lang = this.language;
    const drill = this.follower.drill();
    const world = this.follower.world();
    const state = this.follower.state();
    const view = this.follower.view();
    this.element.dataset.following = String(drill !== null);
    this.options.setTitle(drill ? (lang === 'zh' ? drill.scenario.titleZh : drill.scenario.titleEn) : ui(lang, 'projector.title'), lang);
    this.feedTitle.textContent = ui(lang, 'projector.feed');
    fill(this.notice, [notice ?? (drill ? '' : ui(lang, 'projector.waiting'))]);
    if (!drill || !world || !state || !view) { fill(this.clock, []); fill(this.status, []); fill(this.feed, []); return; }
    const known = view.incidents.length;
    fill(this.clock, clockParts(lang, drill, view));
    fill(this.status, [
      ...statusChips(lang, drill, view),
      h('span', { className: 'chip incidents' }, [ui(lang, 'projector.incidents', { count: known })]),
      this.lastPaused ? h('span', { className: 'chip paused-flag' }, [ui(lang, 'hud.paused')]) : null,
    ]);
    const lines = withoutEchoes(this.follower.events().filter((e) => publicEventVisible(e, view))).slice(-feedLines).reverse();
    fill(this.feed, lines.map((e) => feedLine(world, drill, e, lang)));
  }
}
