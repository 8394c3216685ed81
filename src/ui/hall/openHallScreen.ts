// Opens one of the hall's screens in this window, by the page's address: the director's screen, a phone's join page
// and then its team seat, the projector joined to a room, an evaluator's seat, or a team seat with the drill on the device (self-training
// on a phone). The app's header keeps its name and the drill's title; the seat's own button switches the language.
import type { Language } from '../../i18n/translate.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import type { AppSettings } from '../app/AppSettings.ts';
import { isDrillSpeed } from '../app/DrillClock.ts';
import type { LaunchOptions } from '../app/launchOptions.ts';
import { findScenario, scenarioCatalog } from '../app/scenarioCatalog.ts';
import { fill, h } from '../buildElement.ts';
import { LocalSeat } from '../seat/LocalSeat.ts';
import { SeatScreen } from '../seat/SeatScreen.ts';
import type { SeatSource } from '../seat/seatSource.ts';
import { exposeSeatTestHook } from '../seat/seatTestHook.ts';
import { directorScreen } from './DirectorScreen.ts';
import { evaluatorScreen } from './evaluatorScreen.ts';
import { joinScreen } from './joinScreen.ts';
import { roomProjector } from './roomProjector.ts';
import '../seat/seat.css';
import '../projector/projector.css';
import './hall.css';

export interface HallPage { screen: HTMLElement; title: HTMLElement; brand: HTMLElement; settings: HTMLElement }

export function openHallScreen(options: { elements: HallPage; launch: LaunchOptions; settings: AppSettings }): void {
  const { elements, launch, settings } = options;
  const catalog = scenarioCatalog();
  const findDrill = (scenario: string) => findScenario(catalog, scenario)?.drill() ?? null;
  const language = (): Language => settings.get().language;
  const setTitle = (title: string): void => {
    elements.title.textContent = title;
    document.title = title ? `${title} · ${ui(language(), 'app.name')}` : ui(language(), 'app.name');
  };
  elements.settings.replaceChildren();
  elements.brand.textContent = ui(language(), 'app.name');
  document.documentElement.lang = language() === 'zh' ? 'zh-CN' : 'en';
  const show = (element: HTMLElement): void => fill(elements.screen, [element]);

  /** A seat stays the same seat when the language changes: only its screen is rebuilt. */
  const seatPage = (source: SeatSource): void => {
    document.body.classList.add('seat-page');
    let screen: SeatScreen | null = null;
    if (launch.test) exposeSeatTestHook(() => screen);
    const build = (): void => {
      screen?.dispose();
      screen = new SeatScreen(source, language(), { setLanguage: (lang) => { settings.update({ language: lang }); document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en'; build(); }, leave: () => source.leave() });
      setTitle(language() === 'zh' ? source.drill.scenario.titleZh : source.drill.scenario.titleEn);
      show(screen.element);
    };
    build();
  };

  switch (launch.screen) {
    case 'seat': {
      const drill = launch.scenario ? findDrill(launch.scenario) : null;
      const team = launch.team;
      if (!drill || !team) { show(h('p', { className: 'seat-empty' }, [ui(language(), 'hall.join.noScenario')])); return; }
      seatPage(new LocalSeat(drill, team, launch.speed !== null && isDrillSpeed(launch.speed) ? launch.speed : 10));
      return;
    }
    case 'join':
      document.body.classList.add('seat-page');
      setTitle(ui(language(), 'hall.join.title'));
      show(joinScreen({ language: language(), pin: launch.pin, findDrill, joined: (seat) => seatPage(seat) }));
      return;
    case 'director':
      setTitle(ui(language(), 'hall.director.title'));
      show(directorScreen({ language: language(), catalog, pin: launch.pin, setTitle }));
      return;
    case 'evaluator':
      show(evaluatorScreen({ language: language(), pin: launch.pin ?? '', evaluatorKey: new URLSearchParams(window.location.search).get('key') ?? '', findDrill, setTitle }));
      return;
    case 'projector':
      document.body.classList.add('projector', 'projector-window');
      show(roomProjector({ language: language(), pin: launch.pin ?? '', findDrill, setTitle }));
      return;
    case null:
      return;
  }
}
