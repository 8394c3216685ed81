// The facilitator's button that opens the projected screen in a second window (drag it to the projector) and
// keeps it in step with this one over the projector link for as long as the tabletop is open.
import { ui } from '../../i18n/ui/uiText.ts';
import type { AppSettings } from '../app/AppSettings.ts';
import type { DrillSession } from '../app/DrillSession.ts';
import { button, fill, h } from '../buildElement.ts';
import { publishToProjector } from './publishToProjector.ts';

export class ProjectorLauncher {
  readonly element = h('div', { className: 'panel projector-launcher' });
  private readonly message = h('p', { className: 'form-note', attrs: { role: 'status' } });
  private readonly stopPublishing: () => void;

  constructor(session: DrillSession, private readonly settings: AppSettings) {
    this.stopPublishing = publishToProjector(session, settings);
    this.render();
  }

  render(): void {
    const lang = this.settings.get().language;
    fill(this.message, []);
    fill(this.element, [
      button(ui(lang, 'projector.open'), () => this.open(), { attrs: { 'data-testid': 'open-projector', title: ui(lang, 'projector.openKey') } }),
      this.message,
    ]);
  }

  dispose(): void {
    this.stopPublishing();
  }

  private open(): void {
    const url = new URL(window.location.href);
    url.search = '';
    url.searchParams.set('screen', 'projector');
    const renderer = new URLSearchParams(window.location.search).get('renderer');
    if (renderer) url.searchParams.set('renderer', renderer);
    const opened = window.open(url.toString(), 'drillhall-projector', 'popup=yes,width=1280,height=800');
    if (!opened) fill(this.message, [ui(this.settings.get().language, 'projector.blocked')]);
  }
}
