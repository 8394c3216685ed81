// A team's seat on a phone (390 px wide up to a tablet): the tabletop map full width on top (the laptop's map, fed
// the team's view: pan, pinch, tap to pick), then the team's cards as tabs — its units, the incidents it knows,
// messages, reports and every order of its authority — with large buttons, no hover, no Esc and no right-click. It
// renders the team's view from its source and nothing else; a message from another team shows at once in the
// arrivals line.
import type { Language } from '../../i18n/translate.ts';
import { clockAt } from '../../i18n/clock.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import type { Order, TeamView } from '../../sim/index.ts';
import { button, fill, h } from '../buildElement.ts';
import { displayName } from '../displayName.ts';
import { createOutcomeLine } from '../outcomeLine.ts';
import type { CardContext } from './seatCards.ts';
import { SeatDesk } from './SeatDesk.ts';
import type { MapSelection } from '../../game/mapSelection.ts';
import type { SeatMapProbe } from './SeatTabletop.ts';
import { SeatTabletop } from './SeatTabletop.ts';
import { incomingMessages, messageText } from './seatMessages.ts';
import type { SeatSource } from './seatSource.ts';
import type { SeatTab } from './seatTabs.ts';
import { seatTabs, tabContent } from './seatTabs.ts';
import './seat.css';

export class SeatScreen {
  readonly element = h('section', { className: 'seat-screen', attrs: { 'data-testid': 'seat-screen' } });
  private readonly header = h('header', { className: 'seat-header' });
  private readonly arrivals = h('p', { className: 'seat-arrival', attrs: { 'aria-live': 'assertive', 'data-testid': 'seat-arrival' } });
  private readonly tabBar = h('nav', { className: 'seat-tabs', attrs: { role: 'tablist' } });
  private readonly panel = h('div', { className: 'seat-panel', attrs: { role: 'tabpanel', 'data-testid': 'seat-panel' } });
  private readonly desk: SeatDesk;
  private readonly map: SeatTabletop;
  /** What the map's last tap picked, named under the map. */
  private readonly picked = h('p', { className: 'seat-picked', attrs: { 'data-testid': 'seat-picked' } });
  private readonly outcome;
  private tab: SeatTab = 'incidents';
  /** Incoming messages seen when the messages tab was last open: the rest are new. */
  private readMessages = 0;
  private shownKey = '';
  private readonly stop: () => void;

  /** `belowMap`: what a seat of self-training shows between the map and the tabs (its controls and coach's cards). */
  constructor(private readonly source: SeatSource, private readonly language: Language, private readonly actions: { setLanguage(lang: Language): void; leave(): void }, belowMap: readonly HTMLElement[] = []) {
    this.desk = new SeatDesk(source, () => language);
    this.outcome = createOutcomeLine(() => this.desk.world);
    this.map = new SeatTabletop(source.drill, source.world, language, (pick) => this.tapped(pick));
    this.picked.hidden = true;
    fill(this.element, [this.header, h('div', { className: 'seat-map-box' }, [this.map.element]), this.picked, ...belowMap, this.arrivals, this.outcome.element, this.tabBar, this.panel]);
    this.element.addEventListener('contextmenu', (event) => event.preventDefault());
    this.stop = source.subscribe(() => this.render());
    this.render();
  }

  dispose(): void {
    this.stop();
    this.map.dispose();
  }

  /** What the map shows now, for browser tests (`?test=1`). */
  mapProbe(): SeatMapProbe { return this.map.probe(); }

  /** A tap on the map: what it picked is named under the map; a unit or an incident opens its card. */
  private tapped(pick: MapSelection | null): void {
    const named = pick && 'id' in pick ? displayName(this.source.world, pick.id, this.language) : null;
    fill(this.picked, named ? [ui(this.language, 'seat.picked', { name: named })] : []);
    this.picked.hidden = named === null;
    if (pick?.kind !== 'unit' && pick?.kind !== 'incident') return;
    this.tab = pick.kind === 'unit' ? 'units' : 'incidents';
    this.render(true);
    this.panel.querySelector(`[data-testid="seat-${pick.kind}-${pick.id}"]`)?.scrollIntoView({ block: 'nearest' });
  }

  private render(force = false): void {
    const view = this.source.view();
    const lang = this.language;
    this.renderHeader(view);
    if (!view) { fill(this.panel, [h('p', { className: 'seat-empty' }, [ui(lang, 'seat.waiting')])]); return; }
    this.map.show(view);
    const incoming = incomingMessages(view);
    if (this.tab === 'messages') this.readMessages = incoming.length;
    const latest = incoming.at(-1);
    fill(this.arrivals, latest && incoming.length > this.readMessages ? [messageText(this.source.world, latest, lang)] : []);
    this.arrivals.hidden = this.arrivals.childNodes.length === 0;
    fill(this.tabBar, seatTabs.map((tab) => {
      const unread = tab === 'messages' ? incoming.length - this.readMessages : 0;
      return button(ui(lang, `seat.tab.${tab}`) + (unread > 0 ? ` (${unread})` : ''), () => { this.tab = tab; this.render(true); },
        { className: tab === this.tab ? 'active' : '', attrs: { role: 'tab', 'aria-selected': String(tab === this.tab), 'data-testid': `seat-tab-${tab}` } });
    }));
    // Rebuilt only when what the tab shows changed (not every second a unit moves), so a tap is never lost.
    const key = `${this.tab}|${JSON.stringify(shownOf(view))}`;
    if (!force && key === this.shownKey) return;
    this.shownKey = key;
    fill(this.panel, tabContent(this.tab, this.cardContext(view), this.source.world));
  }

  private renderHeader(view: TeamView | null): void {
    const lang = this.language;
    const connection = this.source.connection();
    fill(this.header, [
      h('h2', { attrs: { 'data-testid': 'seat-team' } }, [displayName(this.source.world, this.source.team, lang)]),
      view ? h('span', { className: 'chip seat-clock', attrs: { 'data-testid': 'seat-clock' } }, [clockAt(this.source.drill.scenario.start, view.timeS).slice(0, 8)]) : null,
      !this.source.running() && connection !== 'closed' ? h('span', { className: 'chip paused-flag' }, [ui(lang, 'hud.paused')]) : null,
      h('span', { className: `chip seat-connection ${connection}`, attrs: { 'data-testid': 'seat-connection' } }, [ui(lang, `seat.connection.${connection}`)]),
      button(lang === 'zh' ? 'English' : '中文', () => this.actions.setLanguage(lang === 'zh' ? 'en' : 'zh'), { className: 'seat-language', attrs: { 'data-testid': 'seat-language' } }),
    ]);
  }

  private cardContext(view: TeamView): CardContext {
    return {
      desk: this.desk, view, lang: this.language,
      give: (order: Order, doneText: string) => {
        void this.desk.give(order).then((result) => this.outcome.show(result, this.language, doneText));
      },
    };
  }
}

/** What the tabs show of a view, without what changes every second (positions, the clock). */
function shownOf(view: TeamView): unknown {
  return {
    units: view.units.map((u) => [u.id, u.status, u.target]),
    incidents: view.incidents.map((i) => [i.id, i.phase, i.casualties, i.knownSinceS, i.toldBy]),
    messages: view.messages.length, orders: view.orders.length,
  };
}
