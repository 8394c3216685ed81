// The header's settings, on every screen: language (中文 / English, at any time), projector mode (large type,
// high contrast, full screen), sound on or off and its volume, and — in the hall — the facilitator's view.
import { ui } from '../../i18n/ui/uiText.ts';
import type { AppSettings } from '../app/AppSettings.ts';
import { button, fill, h } from '../buildElement.ts';

export class SettingsBar {
  readonly element = h('div', { className: 'settings-bar' });

  constructor(private readonly settings: AppSettings, private readonly onHelp: () => void) {
    settings.subscribe(() => this.render());
    this.render();
  }

  render(): void {
    const s = this.settings.get();
    const lang = s.language;
    const volume = h('input', {
      attrs: { type: 'range', min: '0', max: '1', step: '0.1', 'aria-label': ui(lang, 'settings.volume'), 'data-testid': 'volume' },
      on: { change: (e) => this.settings.update({ volume: Number((e.target as HTMLInputElement).value) }) },
    });
    volume.value = String(s.volume);
    fill(this.element, [
      button(lang === 'zh' ? 'English' : '中文', () => this.settings.update({ language: lang === 'zh' ? 'en' : 'zh' }), {
        className: 'language', attrs: { 'data-testid': 'switch-language', lang: lang === 'zh' ? 'en' : 'zh', title: ui(lang, 'key.language') },
      }),
      button(ui(lang, s.projector ? 'settings.projectorOff' : 'settings.projectorOn'), () => this.toggleProjector(), {
        attrs: { 'data-testid': 'projector', 'aria-pressed': String(s.projector), title: ui(lang, 'key.projector') },
      }),
      button(ui(lang, s.muted ? 'settings.soundOn' : 'settings.soundOff'), () => this.settings.update({ muted: !s.muted }), {
        attrs: { 'data-testid': 'mute', 'aria-pressed': String(s.muted), title: ui(lang, 'key.mute') },
      }),
      volume,
      h('label', { className: 'check director' }, [
        h('input', { attrs: { type: 'checkbox', 'data-testid': 'director-view', ...(s.directorView ? { checked: '' } : {}) }, on: { change: (e) => this.settings.update({ directorView: (e.target as HTMLInputElement).checked }) } }),
        ui(lang, 'settings.directorView'),
      ]),
      button('?', this.onHelp, { attrs: { 'data-testid': 'help', 'aria-label': ui(lang, 'settings.help'), title: ui(lang, 'key.help') } }),
    ]);
  }

  /** Projector mode also asks for full screen (the browser may refuse without a click; the mode still applies). */
  toggleProjector(): void {
    const on = !this.settings.get().projector;
    this.settings.update({ projector: on });
    if (on && !document.fullscreenElement) document.documentElement.requestFullscreen?.().catch(() => undefined);
    if (!on && document.fullscreenElement) document.exitFullscreen?.().catch(() => undefined);
  }
}
