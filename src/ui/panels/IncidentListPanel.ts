// The incidents the players know of (every started one in the facilitator's view), each with its factor,
// phase and casualties. Clicking one selects it and brings it into view.
import { phaseName } from '../../i18n/describeEvent.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import { factorStyle } from '../../game/factorStyles.ts';
import { incidentSpecById } from '../../sim/index.ts';
import { incidentPoint } from '../../game/incidentPoint.ts';
import type { IncidentSnapshot } from '../../game/tabletopView.ts';
import type { TabletopController } from '../app/TabletopController.ts';
import { fill, h } from '../buildElement.ts';
import { displayName } from '../displayName.ts';

const css = (colour: number): string => `#${colour.toString(16).padStart(6, '0')}`;

export class IncidentListPanel {
  readonly element = h('section', { className: 'panel incidents', attrs: { 'data-testid': 'incident-list' } });
  private shownKey = '';

  constructor(private readonly ctx: TabletopController) {
    ctx.session.subscribe(() => this.refresh());
    ctx.subscribe((change) => { if (change === 'selection') this.render(); });
    this.render();
  }

  render(): void {
    this.shownKey = this.key();
    const lang = this.ctx.language();
    const incidents = this.visible();
    const selection = this.ctx.selection();
    const rows = incidents.map((incident) => {
      const { deadCount, injuredCount, missingCount } = incident.casualties;
      const style = factorStyle(incident.factor);
      const phase = incident.status === 'ended' ? ui(lang, 'incident.ended') : incident.phase ? phaseName(this.ctx.world, incident.id, incident.phase)[lang] : '';
      const selected = selection?.kind === 'incident' && selection.id === incident.id;
      return h('li', {}, [h('button', {
        className: `incident-row status-${incident.status}${selected ? ' selected' : ''}`,
        attrs: { type: 'button', 'data-testid': `incident-${incident.id}`, 'aria-pressed': String(selected) },
        on: { click: () => this.open(incident) },
      }, [
        h('span', { className: 'factor-badge', style: { background: css(incident.status === 'active' ? style.colour : 0x7b8790) } }, [style.glyph[lang]]),
        h('span', { className: 'incident-title' }, [displayName(this.ctx.world, incident.id, lang)]),
        h('span', { className: 'incident-phase' }, [phase]),
        h('span', { className: 'incident-toll' }, [ui(lang, 'incident.casualtiesShort', { dead: deadCount, injured: injuredCount, missing: missingCount })]),
        incident.discoveredS === null ? h('span', { className: 'incident-unknown' }, [ui(lang, 'incident.notYetKnown')]) : null,
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

  private visible(): IncidentSnapshot[] {
    return this.ctx.state().incidents.filter((i) => this.ctx.incidentVisible(i));
  }

  /** What the list shows, as a string: it is rebuilt only when this changes. */
  private key(): string {
    return this.visible().map((i) => `${i.id}:${i.status}:${i.phase}:${i.discoveredS}:${i.casualties.deadCount}/${i.casualties.injuredCount}/${i.casualties.missingCount}`).join('|');
  }

  private open(incident: IncidentSnapshot): void {
    this.ctx.select({ kind: 'incident', id: incident.id });
    const spec = incidentSpecById(this.ctx.world, incident.id);
    if (spec) this.ctx.map()?.focusOn(incidentPoint(this.ctx.world, spec));
  }
}
