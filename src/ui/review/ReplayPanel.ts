// The replay: the drill played again on the tabletop map from its record, with play/pause, the hall's speeds
// (×1 … ×60), a scrubber to jump to any moment and the scenario clock. The map is the tabletop's own scene, fed
// by the replay instead of the live drill; Phaser is already loaded by then (the drill used it).
import type { TabletopGame } from '../../game/createGame.ts';
import { durationText } from '../../i18n/clock.ts';
import { describeEvent } from '../../i18n/describeEvent.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import { ReplayPlayer } from '../../review/ReplayPlayer.ts';
import type { AppSettings } from '../app/AppSettings.ts';
import type { DrillSpeed } from '../app/DrillClock.ts';
import { DrillClock, drillSpeeds } from '../app/DrillClock.ts';
import type { RendererChoice } from '../app/launchOptions.ts';
import { button, fill, h } from '../buildElement.ts';
import type { ReviewContext } from './reviewContext.ts';
import { ReplayView } from './ReplayView.ts';

/** How many of the latest events show beside the replay. */
const recentCount = 4;

export interface ReplayProbe { timeS: number; endS: number; speed: number; playing: boolean; mapDrawn: boolean }

export class ReplayPanel {
  readonly element: HTMLElement;
  private readonly controls = h('div', { className: 'replay-controls' });
  /** The last few events up to the replay's time, as the feed showed them. */
  private readonly recent = h('ol', { className: 'replay-events', attrs: { 'data-testid': 'replay-events', 'aria-live': 'off' } });
  private readonly mapParent = h('div', { className: 'replay-map', attrs: { 'data-testid': 'replay-map' } });
  private readonly clock = new DrillClock();
  private readonly player: ReplayPlayer;
  private readonly view: ReplayView;
  private game: TabletopGame | null = null;
  private running = true;
  private ctx: ReviewContext;

  constructor(ctx: ReviewContext, private readonly settings: AppSettings, private readonly renderer: RendererChoice) {
    this.ctx = ctx;
    this.player = new ReplayPlayer(ctx.drill.world.drill, ctx.drill.record);
    this.view = new ReplayView(this.player, ctx.drill.world, settings, this.clock);
    this.element = h('section', { className: 'replay', attrs: { 'data-testid': 'review-replay' } }, [h('h3', {}), this.controls, this.recent, this.mapParent]);
    this.render(ctx);
  }

  probe(): ReplayProbe {
    return { timeS: this.player.timeS(), endS: this.player.endS, speed: this.clock.speed, playing: !this.clock.paused, mapDrawn: this.view.drawn() !== null };
  }

  /** Starts the frame loop and draws the map; call once the element is in the page. */
  async mount(): Promise<void> {
    let last = performance.now();
    const loop = (now: number): void => {
      if (!this.running) return;
      const seconds = this.clock.frame(now - last);
      last = now;
      if (seconds > 0) this.moveTo(this.player.timeS() + seconds);
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
    const { createGame } = await import('../../game/createGame.ts');
    if (!this.running) return;
    this.game = createGame({ parent: this.mapParent, renderer: this.renderer, view: this.view });
  }

  /** The controls again in the new language, and the map redrawn in it where its camera was. */
  render(ctx: ReviewContext): void {
    const languageChanged = ctx.lang !== this.ctx.lang;
    this.ctx = ctx;
    const { lang } = ctx;
    fill(this.element.querySelector('h3')!, [ui(lang, 'review.replay')]);
    const scrubber = h('input', {
      attrs: { type: 'range', min: '0', max: String(this.player.endS), step: '1', 'data-testid': 'replay-scrubber', 'aria-label': ui(lang, 'review.replay.position') },
      on: { input: () => { this.clock.pause(); this.moveTo(Number(scrubber.value)); this.showPlayLabel(); } },
    });
    scrubber.value = String(this.player.timeS());
    const playing = !this.clock.paused;
    fill(this.controls, [
      button(ui(lang, playing ? 'review.replay.pause' : 'review.replay.play'), () => this.togglePlay(), { className: 'primary', attrs: { 'data-testid': 'replay-play' } }),
      button(ui(lang, 'review.replay.restart'), () => { this.moveTo(0); this.render(this.ctx); }, { attrs: { 'data-testid': 'replay-restart' } }),
      h('span', { className: 'speeds', attrs: { role: 'group', 'aria-label': ui(lang, 'review.replay.speed') } }, drillSpeeds.map((speed) =>
        button(`×${speed}`, () => this.setSpeed(speed), { className: speed === this.clock.speed ? 'chosen' : '', attrs: { 'data-testid': `replay-speed-${speed}`, 'aria-pressed': String(speed === this.clock.speed) } }))),
      scrubber,
      h('output', { attrs: { 'data-testid': 'replay-clock' } }, [this.clockText()]),
    ]);
    this.showRecent();
    if (languageChanged) this.redrawMap();
  }

  /** Draws the map again from scratch (new language, projector mode), keeping its camera. */
  redrawMap(): void {
    this.view.changed();
    const camera = this.view.map()?.cameraState();
    this.game?.restart(camera ? { camera } : {});
  }

  dispose(): void {
    this.running = false;
    this.game?.destroy();
    this.game = null;
  }

  private showRecent(): void {
    const events = this.ctx.drill.record.events;
    const nowS = this.player.timeS();
    let end = 0;
    let high = events.length;
    while (end < high) { const mid = (end + high) >> 1; if (events[mid]!.timeS <= nowS) end = mid + 1; else high = mid; }
    fill(this.recent, events.slice(Math.max(0, end - recentCount), end).map((e) =>
      h('li', {}, [h('time', {}, [this.ctx.at(e.timeS)]), ' ', describeEvent(this.ctx.drill.world, e, this.ctx.lang)])));
  }

  private clockText(): string {
    const { lang } = this.ctx;
    return ui(lang, 'review.replay.clock', { time: this.ctx.at(this.player.timeS()), elapsed: durationText(lang, this.player.timeS()), total: durationText(lang, this.player.endS) });
  }

  /** Only the play button's label, so a scrubber being dragged is not replaced under the pointer. */
  private showPlayLabel(): void {
    const play = this.controls.querySelector('[data-testid="replay-play"]');
    if (play) play.textContent = ui(this.ctx.lang, this.clock.paused ? 'review.replay.play' : 'review.replay.pause');
  }

  private togglePlay(): void {
    if (this.clock.paused) {
      if (this.player.timeS() >= this.player.endS) this.moveTo(0);
      this.clock.resume();
    } else this.clock.pause();
    this.render(this.ctx);
  }

  private setSpeed(speed: DrillSpeed): void {
    this.clock.setSpeed(speed);
    this.render(this.ctx);
  }

  /** Brings the replay to a time and shows it; at the record's end the replay stops. */
  private moveTo(timeS: number): void {
    this.player.seek(timeS);
    this.view.changed();
    const output = this.controls.querySelector('output');
    if (output) output.textContent = this.clockText();
    const scrubber = this.controls.querySelector<HTMLInputElement>('input[type="range"]');
    if (scrubber) scrubber.value = String(this.player.timeS());
    this.showRecent();
    if (this.player.timeS() >= this.player.endS && !this.clock.paused) { this.clock.pause(); this.render(this.ctx); }
  }
}
