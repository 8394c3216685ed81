// The facilitator's inject controls (导演组): every inject of the scenario with when it is due, to whom, and
// whether it has gone out; fire one now, skip it, or put it off by five minutes. A pause holds them all.
import { ui } from '../../i18n/ui/uiText.ts';
import type { TabletopController } from '../app/TabletopController.ts';
import type { Order, TeamView } from '../../sim/index.ts';
import { TeamFacilitator } from '../../sim/index.ts';
import { button, fill, h } from '../buildElement.ts';
import { displayName } from '../displayName.ts';
import type { OutcomeLine } from '../outcomeLine.ts';
import { createOutcomeLine } from '../outcomeLine.ts';
import { scenarioDateTime } from '../scenarioClock.ts';

const deferByS = 300;

/** What the list shows of the board, as a string: it is rebuilt only when this changes. */
const key = (board: TeamView['injects']): string => board.map((i) => `${i.status}@${i.dueS}`).join('|');

export class InjectPanel {
  readonly element = h('section', { className: 'panel injects', attrs: { 'data-testid': 'inject-panel' } });
  private readonly list = h('ol', { className: 'inject-list' });
  private shownKey = '';

  private readonly outcome: OutcomeLine;

  constructor(private readonly ctx: TabletopController) {
    this.outcome = createOutcomeLine(() => ctx.world);
    // The facilitator's hand: the inject board of the facilitator's view, read again only when an inject went out, was
    // skipped or put off.
    ctx.session.subscribe((events) => {
      if (!events.some((e) => e.type.startsWith('inject.'))) return;
      const board = this.board();
      if (key(board) !== this.shownKey) this.renderList(board);
    });
    this.render();
  }

  render(): void {
    const lang = this.ctx.language();
    const board = this.board();
    const none = board.length === 0 ? h('p', { className: 'empty' }, [ui(lang, 'injects.none')]) : null;
    fill(this.element, [h('h2', {}, [ui(lang, 'injects.title')]), none, this.outcome.element, this.list]);
    this.renderList(board);
  }

  private board(): TeamView['injects'] {
    return this.ctx.teamView(TeamFacilitator).injects;
  }

  private renderList(board: TeamView['injects']): void {
    this.shownKey = key(board);
    const lang = this.ctx.language();
    const { drill, world } = this.ctx.session;
    const give = (order: Order, done: string): void => this.outcome.show(this.ctx.give(order), lang, done);
    fill(this.list, board.map((state) => {
      const inject = drill.scenario.injects.find((i) => i.id === state.id);
      if (!inject) return null;
      const pending = state.status === 'pending';
      const when = scenarioDateTime(drill.scenario.start, state.deliveredS ?? state.dueS).time.slice(0, 5);
      return h('li', { className: `inject ${state.status}`, attrs: { 'data-testid': `inject-${state.id}` } }, [
        h('div', { className: 'inject-head' }, [
          h('time', {}, [when]),
          h('span', { className: 'inject-to' }, [ui(lang, 'injects.to', { to: displayName(world, inject.to, lang) })]),
          h('span', { className: 'inject-status' }, [ui(lang, `injects.status.${state.status}`)]),
        ]),
        h('p', { className: 'inject-message' }, [lang === 'zh' ? inject.messageZh : inject.messageEn]),
        pending ? h('div', { className: 'inject-buttons' }, [
          button(ui(lang, 'injects.fire'), () => give({ type: 'fireInject', by: 'facilitator', inject: state.id }, ui(lang, 'injects.fired')), { attrs: { 'data-testid': `fire-${state.id}` } }),
          button(ui(lang, 'injects.skip'), () => give({ type: 'skipInject', by: 'facilitator', inject: state.id }, ui(lang, 'injects.skipped')), { attrs: { 'data-testid': `skip-${state.id}` } }),
          button(ui(lang, 'injects.defer'), () => give({ type: 'deferInject', by: 'facilitator', inject: state.id, dueS: Math.max(state.dueS, this.ctx.session.timeS()) + deferByS }, ui(lang, 'injects.deferred')),
            { attrs: { 'data-testid': `defer-${state.id}` } }),
        ]) : null,
      ]);
    }));
  }
}
