// The hall's big screen joined to a room: the township map with the incidents the hall may see, the clock, the
// response level and the public feed (warnings, reports, what the command post announces), in large type. The room
// sends only the public view: the upcoming injects and the truth never reach this screen.
import { clockAt } from '../../i18n/clock.ts';
import { hallRefusalText } from '../../i18n/hallRefusalText.ts';
import type { Language } from '../../i18n/translate.ts';
import { translate } from '../../i18n/translate.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import type { EndedMessage, PublicViewMessage, WelcomeMessage } from '../../hall/protocol.ts';
import type { Drill } from '../../sim/index.ts';
import { buildWorld } from '../../sim/index.ts';
import { fill, h } from '../buildElement.ts';
import { feedLine } from '../panels/feedLine.ts';
import { SeatMap } from '../seat/seatMap.ts';
import { endedSummary } from './endedSummary.ts';
import { joinRoom } from './hallClient.ts';
import { namesWith } from '../../i18n/names.ts';

/** Lines of the public feed kept on screen. */
const feedLines = 12;

export function roomProjector(options: { language: Language; pin: string; findDrill(scenario: string): Drill | null; setTitle(title: string): void }): HTMLElement {
  const lang = options.language;
  const element = h('section', { className: 'projector-screen room-projector', attrs: { 'data-testid': 'projector-screen', 'data-following': 'false' } });
  const notice = h('p', { className: 'projector-notice', attrs: { 'data-testid': 'projector-notice' } }, [ui(lang, 'hall.join.connecting')]);
  fill(element, [notice]);
  void joinRoom<WelcomeMessage>(options.pin, { role: 'projector' }).then((joined) => {
    if (!joined.ok) { fill(notice, [hallRefusalText(lang, joined.refusal)]); return; }
    const drill = options.findDrill(joined.first.scenario);
    if (!drill) { fill(notice, [ui(lang, 'hall.join.noScenario')]); return; }
    const world = buildWorld(drill);
    options.setTitle(lang === 'zh' ? drill.scenario.titleZh : drill.scenario.titleEn);
    const map = new SeatMap(world, lang, () => undefined);
    const status = h('div', { className: 'hud-status', attrs: { 'data-testid': 'projector-status' } });
    const clock = h('div', { className: 'hud-clock' });
    const feed = h('ol', { className: 'feed-list', attrs: { 'aria-live': 'polite' } });
    const ended = h('div', {});
    fill(element, [
      h('div', { className: 'hud projector-hud' }, [clock, status]),
      h('div', { className: 'projector-body' }, [h('div', { className: 'room-projector-map' }, [map.element]),
        h('aside', { className: 'panel feed projector-feed', attrs: { 'data-testid': 'projector-feed' } }, [h('h2', {}, [ui(lang, 'projector.feed')]), feed])]),
      ended,
    ]);
    element.dataset.following = 'true';
    for (const type of ['welcome', 'view', 'outcome', 'refusal', 'county.report']) joined.room.onMessage(type, () => undefined);
    joined.room.onMessage('public.view', (view: PublicViewMessage) => {
      map.show({ units: [], incidents: view.incidents });
      fill(clock, [clockAt(drill.scenario.start, view.clock.timeS)]);
      fill(status, [
        view.responseLevel ? h('span', { className: 'chip', attrs: { 'data-testid': 'projector-level' } }, [ui(lang, 'hall.projector.level', { level: translate(lang, `level.${view.responseLevel as 'IV'}`) })]) : null,
        h('span', { className: 'chip incidents' }, [ui(lang, 'projector.incidents', { count: view.incidents.length })]),
        view.clock.paused ? h('span', { className: 'chip paused-flag' }, [ui(lang, 'hud.paused')]) : null,
      ]);
      const names = namesWith(world, view.incidents);
      fill(feed, view.feed.slice(-feedLines).reverse().map((e) => feedLine(names, drill, e, lang)));
    });
    joined.room.onMessage('ended', (message: EndedMessage) => fill(ended, endedSummary(world, lang, message)));
  });
  return element;
}
