// The incidents the viewing team knows of (every started one in the facilitator's view), each with its factor,
// phase and casualties as the team knows them, and who told it. Clicking one selects it and brings it into view.
import { ui } from '../../i18n/ui/uiText.ts';
import { factorStyle } from '../../game/factorStyles.ts';
import { incidentPhaseText } from '../../game/incidentPhaseText.ts';
import type { IncidentView } from '../../sim/index.ts';
import type { TabletopController } from '../app/TabletopController.ts';
import { fill, h } from '../buildElement.ts';
import { displayName } from '../displayName.ts';

const css = (colour: number): string => `#${colour.toString(16).padStart(6, '0')}`;

export class IncidentListPanel {
  readonly element = h('section', { className: 'panel incidents', attrs: { 'data-testid': 'incident-list' } });
  private shownKey = '';

  constructor(private readonly ctx: TabletopController) {
    ctx.onView(() => this.refresh());
    ctx.subscribe((change) => { if (change === 'selection') this.render(); });
    this.render();
  }

  render(): void {
    this.shownKey = this.key();
    const lang = this.ctx.language();
    const incidents = this.visible();
    const selection = this.ctx.selection();
    const rows = incidents.map((incident) => {
      const style = factorStyle(incident.factor);
      const status = incident.ended ? 'ended' : 'active';
      const selected = selection?.kind === 'incident' && selection.id === incident.id;
      return h('li', {}, [h('button', {
        className: `incident-row status-${status}${selected ? ' selected' : ''}`,
        attrs: { type: 'button', 'data-testid': `incident-${incident.id}`, 'aria-pressed': String(selected) },
        on: { click: () => this.open(incident) },
      }, [
        h('span', { className: 'factor-badge', style: { background: css(incident.ended ? 0x7b8790 : style.colour) } }, [style.glyph[lang]]),
        h('span', { className: 'incident-title' }, [displayName(this.ctx.world, incident.id, lang)]),
        h('span', { className: 'incident-phase' }, [incidentPhaseText(incident, lang)]),
        h('span', { className: 'incident-toll' }, [this.tollText(incident)]),
        incident.toldBy !== null ? h('span', { className: 'incident-told' }, [ui(lang, 'incident.toldBy', { team: displayName(this.ctx.world, incident.toldBy, lang) })]) : null,
      ])]);
    });
    fill(this.element, [
      h('h2', {}, [ui(lang, 'incidents.title', { count: incidents.length })]),
      rows.length > 0 ? h('ul', { className: 'incident-list' }, rows) : h('p', { className: 'empty' }, [ui(lang, 'incidents.none')]),
    ]);
  }

  private refresh(): void {
    if (this.key() !== this.shownKey) this.render();
  }

  /** Casualties as the team knows them; "not known" when nobody told it any. */
  private tollText(incident: IncidentView): string {
    const lang = this.ctx.language();
    const c = incident.casualties;
    return c ? ui(lang, 'incident.casualtiesShort', { dead: c.deaths, injured: c.injured, missing: c.missing }) : ui(lang, 'incident.casualtiesUnknown');
  }

  private visible(): IncidentView[] {
    return this.ctx.view().incidents;
  }

  /** What the list shows, as a string: it is rebuilt only when this changes. */
  private key(): string {
    return this.visible().map((i) => `${i.id}:${i.ended}:${i.phase}:${i.toldBy}:${i.casualties ? `${i.casualties.deaths}/${i.casualties.injured}/${i.casualties.missing}` : '-'}`).join('|');
  }

  private open(incident: IncidentView): void {
    this.ctx.select({ kind: 'incident', id: incident.id });
    this.ctx.map()?.focusOn(incident.at);
  }
}
