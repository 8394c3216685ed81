// The event feed: who did what when, newest first, in the chosen language. Injects arrive as messages to their
// recipient; in self-training the player's own injects carry the action expected as a hint. Events of an
// incident nobody in the drill knows of yet stay hidden, except in the facilitator's view.
import { ui } from '../../i18n/ui/uiText.ts';
import type { SimEvent } from '../../sim/index.ts';
import type { TabletopController } from '../app/TabletopController.ts';
import { fill, h } from '../buildElement.ts';
import { feedLine } from './feedLine.ts';

/** Lines kept on screen; the record keeps everything. */
const maxLines = 300;

export class EventFeedPanel {
  readonly element = h('section', { className: 'panel feed', attrs: { 'data-testid': 'event-feed' } });
  private readonly list = h('ol', { className: 'feed-list', attrs: { 'aria-live': 'polite' } });

  constructor(private readonly ctx: TabletopController) {
    ctx.session.subscribe((events) => this.append(events));
    this.render();
  }

  render(): void {
    const lang = this.ctx.language();
    fill(this.element, [h('h2', {}, [ui(lang, 'feed.title')]), this.list]);
    const lines = this.ctx.session.events().filter((e) => this.visible(e)).slice(-maxLines).reverse().map((e) => this.line(e));
    fill(this.list, lines);
  }

  private append(events: readonly SimEvent[]): void {
    const lines = events.filter((e) => this.visible(e)).map((e) => this.line(e)).reverse();
    if (lines.length === 0) return;
    this.list.prepend(...lines);
    while (this.list.childElementCount > maxLines) this.list.lastElementChild?.remove();
  }

  private visible(event: SimEvent): boolean {
    return this.ctx.eventVisible(event);
  }

  private line(event: SimEvent): HTMLLIElement {
    const lang = this.ctx.language();
    const { world, drill } = this.ctx.session;
    const inject = event.type === 'inject.delivered' && this.ctx.session.team === event.to ? drill.scenario.injects.find((i) => i.id === event.inject) : undefined;
    return feedLine(world, drill, event, lang, inject ? ui(lang, 'feed.hint', { action: lang === 'zh' ? inject.expectedActionZh : inject.expectedActionEn }) : null);
  }
}
