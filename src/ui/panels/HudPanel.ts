// The head-up display: the scenario's date and time, the drill's progress, the speed controls (pause, ×1 … ×60,
// step), the township's highest warning colour, the response level, and the toll so far.
import { durationText } from '../../i18n/clock.ts';
import { translate } from '../../i18n/translate.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import type { SimState } from '../../sim/index.ts';
import type { TabletopController } from '../app/TabletopController.ts';
import { drillSpeeds } from '../app/DrillClock.ts';
import { button, fill, h } from '../buildElement.ts';
import { scenarioDateTime } from '../scenarioClock.ts';

const colourOrder = ['blue', 'yellow', 'orange', 'red'] as const;

/** The highest warning colour any village is under now, or null. */
function highestWarning(state: SimState): (typeof colourOrder)[number] | null {
  let best = -1;
  for (const v of state.villages) if (v.warning) best = Math.max(best, colourOrder.indexOf(v.warning));
  return colourOrder[best] ?? null;
}

export class HudPanel {
  readonly element = h('div', { className: 'hud', attrs: { 'data-testid': 'hud' } });
  private readonly clock = h('div', { className: 'hud-clock' });
  private readonly speedButtons = new Map<number, HTMLButtonElement>();
  private pauseButton: HTMLButtonElement | null = null;
  private readonly status = h('div', { className: 'hud-status' });

  constructor(private readonly ctx: TabletopController) {
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
    const state = session.state();
    const { scenario } = session.drill;
    const { date, time } = scenarioDateTime(scenario.start, state.timeS);
    const running = !session.clock.paused;
    fill(this.clock, [
      h('span', { className: 'hud-date' }, [date]),
      h('span', { className: 'hud-time', attrs: { 'data-testid': 'clock' } }, [time]),
      h('span', { className: 'hud-elapsed' }, [ui(lang, 'hud.elapsed', { elapsed: durationText(lang, state.timeS), total: durationText(lang, scenario.durationS) })]),
    ]);
    if (this.pauseButton) {
      this.pauseButton.textContent = running ? ui(lang, 'hud.pause') : ui(lang, 'hud.resume');
      this.pauseButton.classList.toggle('paused', !running);
      this.pauseButton.setAttribute('aria-pressed', String(!running));
    }
    for (const [speed, b] of this.speedButtons) b.classList.toggle('active', running && session.clock.speed === speed);
    const warning = highestWarning(state);
    const { deadCount, injuredCount, missingCount } = state.casualties;
    const moved = state.villages.reduce((n, v) => n + v.movedCount, 0);
    fill(this.status, [
      h('span', { className: `chip warning ${warning ?? 'none'}`, attrs: { 'data-testid': 'warning-colour' } }, [
        warning ? ui(lang, 'hud.warning', { colour: translate(lang, `colour.${warning}`) }) : ui(lang, 'hud.noWarning')]),
      h('span', { className: `chip level level-${state.responseLevel}` }, [ui(lang, 'hud.level', { level: translate(lang, `level.${state.responseLevel}`) })]),
      h('span', { className: 'chip toll' }, [ui(lang, 'hud.casualties', { dead: deadCount, injured: injuredCount, missing: missingCount })]),
      h('span', { className: 'chip moved' }, [ui(lang, 'hud.moved', { count: moved })]),
      state.timeUp ? h('span', { className: 'chip time-up' }, [ui(lang, 'hud.timeUp')]) : null,
      running ? null : h('span', { className: 'chip paused-flag', attrs: { 'data-testid': 'paused-flag' } }, [ui(lang, 'hud.paused')]),
    ]);
  }
}
