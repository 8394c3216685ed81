// The head-up display: the scenario's date and time, the drill's progress, the speed controls (pause, ×1 … ×60,
// step), the township's highest warning colour, the response level, and the toll so far.
import { ui } from '../../i18n/ui/uiText.ts';
import type { TabletopController } from '../app/TabletopController.ts';
import { drillSpeeds } from '../app/DrillClock.ts';
import { button, fill, h } from '../buildElement.ts';
import { clockParts, statusChips } from './drillStatus.ts';

export class HudPanel {
  readonly element = h('div', { className: 'hud', attrs: { 'data-testid': 'hud' } });
  private readonly clock = h('div', { className: 'hud-clock' });
  private readonly speedButtons = new Map<number, HTMLButtonElement>();
  private pauseButton: HTMLButtonElement | null = null;
  private readonly status = h('div', { className: 'hud-status' });

  constructor(private readonly ctx: TabletopController) {
    // Also hears pause and speed; reads the view the controller pushed just before (it subscribed first).
    ctx.session.subscribe(() => this.refresh());
    this.render();
  }

  render(): void {
    const lang = this.ctx.language();
    const session = this.ctx.session;
    this.pauseButton = button('', () => session.togglePause(), { className: 'hud-pause', attrs: { 'data-testid': 'pause', title: ui(lang, 'hud.pauseKey') } });
    const speeds = drillSpeeds.map((speed) => {
      const b = button(`×${speed}`, () => session.run(speed), { className: 'hud-speed', attrs: { 'data-testid': `speed-${speed}`, title: ui(lang, 'hud.speedKey', { key: drillSpeeds.indexOf(speed) + 1 }) } });
      this.speedButtons.set(speed, b);
      return b;
    });
    const step = button(ui(lang, 'hud.step'), () => session.step(), { className: 'hud-step', attrs: { 'data-testid': 'step', title: ui(lang, 'hud.stepKey') } });
    fill(this.element, [this.clock, h('div', { className: 'hud-speeds', attrs: { role: 'group', 'aria-label': ui(lang, 'hud.speed') } }, [this.pauseButton, ...speeds, step]), this.status]);
    this.refresh();
  }

  refresh(): void {
    const lang = this.ctx.language();
    const { session } = this.ctx;
    const running = !session.clock.paused;
    fill(this.clock, clockParts(lang, session.drill, this.ctx.view()));
    if (this.pauseButton) {
      this.pauseButton.textContent = running ? ui(lang, 'hud.pause') : ui(lang, 'hud.resume');
      this.pauseButton.classList.toggle('paused', !running);
      this.pauseButton.setAttribute('aria-pressed', String(!running));
    }
    for (const [speed, b] of this.speedButtons) b.classList.toggle('active', running && session.clock.speed === speed);
    fill(this.status, [
      ...statusChips(lang, session.drill, this.ctx.view()),
      running ? null : h('span', { className: 'chip paused-flag', attrs: { 'data-testid': 'paused-flag' } }, [ui(lang, 'hud.paused')]),
    ]);
  }
}
