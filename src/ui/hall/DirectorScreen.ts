// The facilitator's laptop in a hall drill (not projected): choose a scenario and open a room, then show the PIN with
// the phones' join code, the director key (here only), the clock, the seats and who is connected, the inject board, a
// curveball and the truth; at the end, the score and each team's card. Each panel is rebuilt only when what it shows
// changed, so a choice half made in it is not lost to the next update.
import type { Language } from '../../i18n/translate.ts';
import { hallRefusalText } from '../../i18n/hallRefusalText.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import type { OpenedMessage, WelcomeMessage } from '../../hall/protocol.ts';
import type { World } from '../../sim/index.ts';
import { buildWorld } from '../../sim/index.ts';
import type { CatalogEntry } from '../app/scenarioCatalog.ts';
import { button, fill, h, select } from '../buildElement.ts';
import type { Child } from '../buildElement.ts';
import type { DirectorKeys } from './DirectorRoom.ts';
import { DirectorRoom, rememberDirector, rememberedDirector } from './DirectorRoom.ts';
import type { PanelContext } from './directorPanels.ts';
import { clockPanel, curveballPanel, injectsPanel, seatsPanel, truthPanel } from './directorPanels.ts';
import { endedSummary } from './endedSummary.ts';
import type { Joined } from './hallClient.ts';
import { joinRoom, openRoom } from './hallClient.ts';
import { joinAddress, joinCode } from './joinCode.ts';

export interface DirectorOptions { language: Language; catalog: readonly CatalogEntry[]; pin: string | null; setTitle(title: string): void }

export function directorScreen(options: DirectorOptions): HTMLElement {
  const lang = options.language;
  const element = h('section', { className: 'director-screen', attrs: { 'data-testid': 'director-screen' } });
  const message = h('p', { className: 'outcome refused', attrs: { role: 'status', 'data-testid': 'director-message' } });
  message.hidden = true;
  const say = (text: string): void => { message.hidden = text === ''; message.textContent = text; };

  const show = (director: DirectorRoom, entry: CatalogEntry): void => {
    const drill = entry.drill();
    if (!drill) return;
    const world = buildWorld(drill);
    options.setTitle(lang === 'zh' ? drill.scenario.titleZh : drill.scenario.titleEn);
    const ctx: PanelContext = { world, lang, send: (command) => director.send(command) };
    fill(element, [joinPanel(director.keys, lang), message, ...panels(ctx, director, world)]);
  };

  const joined = (room: Joined<OpenedMessage> | Joined<WelcomeMessage>, entry: CatalogEntry, keys: (first: OpenedMessage | WelcomeMessage) => DirectorKeys): void => {
    if (!room.ok) { say(hallRefusalText(lang, room.refusal)); return; }
    const directorKeys = keys(room.first);
    rememberDirector(directorKeys);
    const url = new URL(window.location.href);
    url.search = `?screen=director&pin=${directorKeys.pin}`;
    window.history.replaceState(null, '', url);
    show(new DirectorRoom(room.room, directorKeys), entry);
  };

  const remembered = options.pin ? rememberedDirector(options.pin) : null;
  if (remembered) {
    void joinRoom<WelcomeMessage>(remembered.pin, { role: 'director', directorKey: remembered.directorKey }).then((room) => {
      const entry = room.ok ? options.catalog.find((e) => e.id === room.first.scenario) : undefined;
      if (room.ok && entry) joined(room, entry, () => remembered);
      else if (!room.ok) say(hallRefusalText(lang, room.refusal));
    });
    fill(element, [message]);
    return element;
  }
  const playable = options.catalog.filter((e) => e.drill() !== null);
  const scenario = select(playable.map((e) => [e.id, lang === 'zh' ? e.drill()!.scenario.titleZh : e.drill()!.scenario.titleEn] as const), null, { attrs: { 'data-testid': 'director-scenario' } });
  fill(element, [
    h('h2', {}, [ui(lang, 'hall.director.title')]),
    h('p', {}, [ui(lang, 'hall.director.choose')]),
    scenario,
    button(ui(lang, 'hall.director.openRoom'), () => {
      const entry = playable.find((e) => e.id === scenario.value);
      if (!entry) return;
      void openRoom({ scenario: entry.id }).then((room) => joined(room, entry, (first) => {
        const opened = first as OpenedMessage;
        return { pin: opened.pin, directorKey: opened.directorKey, lanOrigin: opened.lanOrigin ?? null, evaluatorKey: opened.evaluatorKey };
      }));
    }, { className: 'primary', attrs: { 'data-testid': 'director-open' } }),
    message,
  ]);
  return element;
}

function joinPanel(keys: DirectorKeys, lang: Language): HTMLElement {
  const address = joinAddress(keys.lanOrigin ?? window.location.origin, keys.pin);
  return h('div', { className: 'director-join' }, [
    h('p', { className: 'director-pin' }, [ui(lang, 'hall.director.pin'), ' ', h('strong', { attrs: { 'data-testid': 'director-pin' } }, [keys.pin])]),
    joinCode(address, ui(lang, 'hall.director.joinAt', { url: address })),
    h('p', { attrs: { 'data-testid': 'director-join-address' } }, [ui(lang, 'hall.director.joinAt', { url: address })]),
    h('p', { className: 'director-key' }, [ui(lang, 'hall.director.key'), ' ', h('code', { attrs: { 'data-testid': 'director-key' } }, [keys.directorKey])]),
    h('p', {}, [h('a', { attrs: { href: `?screen=projector&pin=${keys.pin}`, target: '_blank', rel: 'noopener', 'data-testid': 'director-projector' } }, [ui(lang, 'hall.director.projector')])]),
    keys.evaluatorKey ? h('p', {}, [h('a', { attrs: { href: `?screen=evaluator&pin=${keys.pin}&key=${keys.evaluatorKey}`, target: '_blank', rel: 'noopener', 'data-testid': 'director-evaluator' } }, [ui(lang, 'hall.director.evaluator')])]) : null,
  ]);
}

/** The live panels, each rebuilt when its own part of the director view changed. */
function panels(ctx: PanelContext, director: DirectorRoom, world: World): HTMLElement[] {
  const parts: [string, (key: string) => string, () => Child[]][] = [
    ['clock', () => JSON.stringify(director.view()?.clock ?? null), () => { const v = director.view(); return v ? clockPanel(ctx, v) : []; }],
    ['ended', () => String(director.ended() !== null), () => { const e = director.ended(); return e ? endedSummary(world, ctx.lang, e, true) : []; }],
    ['seats', () => JSON.stringify([director.view()?.seats, director.view()?.lockedTeams, director.view()?.computerTeams]), () => { const v = director.view(); return v ? seatsPanel(ctx, v) : []; }],
    ['injects', () => JSON.stringify(director.view()?.injects ?? null), () => { const v = director.view(); return v ? injectsPanel(ctx, v) : []; }],
    ['curveball', () => '', () => curveballPanel(ctx)],
    ['truth', () => JSON.stringify(director.view()?.truth.incidents ?? null), () => { const v = director.view(); return v ? truthPanel(ctx, v) : []; }],
  ];
  const boxes = parts.map(([name]) => h('div', { className: `director-panel director-${name}` }));
  const shown = parts.map(() => '\u0000');
  const render = (): void => parts.forEach(([, key, build], i) => {
    const now = key('');
    if (now === shown[i]) return;
    shown[i] = now;
    fill(boxes[i]!, build());
  });
  director.subscribe(render);
  render();
  return boxes;
}
