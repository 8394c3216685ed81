// Opens one of the hall's screens in this window, by the page's address: the director's screen, a phone's join page
// and then its team seat, the projector joined to a room, an evaluator's seat, or a team seat with the drill on the device (self-training
// on a phone). The app's header keeps its name and the drill's title; the seat's own button switches the language.
import type { Language } from '../../i18n/translate.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import type { AppSettings } from '../app/AppSettings.ts';
import { isDrillSpeed } from '../app/DrillClock.ts';
import type { LaunchOptions } from '../app/launchOptions.ts';
import { findScenario, microDrillCatalog, readContent, scenarioCatalog } from '../app/scenarioCatalog.ts';
import type { Drill } from '../../sim/index.ts';
import { loadDoctrine } from '../../sim/index.ts';
import { fill, h } from '../buildElement.ts';
import { LocalSeat } from '../seat/LocalSeat.ts';
import { SeatScreen } from '../seat/SeatScreen.ts';
import type { SeatSource } from '../seat/seatSource.ts';
import type { SeatMapProbe } from '../seat/SeatTabletop.ts';
import { exposeSeatTestHook } from '../seat/seatTestHook.ts';
import type { CoachSession } from '../training/CoachSession.ts';
import { openMicroDrill } from '../training/openMicroDrill.ts';
import { browserSpeech } from '../training/speakAloud.ts';
import { TrainingScreen } from '../training/TrainingScreen.ts';
import { directorScreen } from './DirectorScreen.ts';
import { evaluatorScreen } from './evaluatorScreen.ts';
import { joinScreen } from './joinScreen.ts';
import { roomProjector } from './roomProjector.ts';
import '../seat/seat.css';
import '../projector/projector.css';
import './hall.css';

/** A screen of a seat's page (a team seat, a micro-drill's): rebuilt in a new language; a seat's map can be read in tests. */
interface SeatPageScreen { element: HTMLElement; dispose(): void; mapProbe?(): SeatMapProbe }

export interface HallPage { screen: HTMLElement; title: HTMLElement; brand: HTMLElement; settings: HTMLElement }

export function openHallScreen(options: { elements: HallPage; launch: LaunchOptions; settings: AppSettings }): void {
  const { elements, launch, settings } = options;
  const catalog = scenarioCatalog();
  /** What a seat with the drill on this device can open: the scenarios and the micro-drills. */
  const onDevice = [...catalog, ...microDrillCatalog()];
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

  /** A seat stays the same seat (and a micro-drill the same drill) when the language changes: only its screen is rebuilt. */
  const rebuiltOnLanguage = (scenario: { titleZh: string; titleEn: string }, make: (lang: Language, setLanguage: (lang: Language) => void) => SeatPageScreen): void => {
    document.body.classList.add('seat-page');
    let screen: SeatPageScreen | null = null;
    if (launch.test) exposeSeatTestHook(() => screen?.mapProbe?.() ?? null);
    const setLanguage = (lang: Language): void => {
      settings.update({ language: lang });
      document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
      build();
    };
    const build = (): void => {
      screen?.dispose();
      screen = make(language(), setLanguage);
      setTitle(language() === 'zh' ? scenario.titleZh : scenario.titleEn);
      show(screen.element);
    };
    build();
  };
  const seatPage = (source: SeatSource): void =>
    rebuiltOnLanguage(source.drill.scenario, (lang, setLanguage) => new SeatScreen(source, lang, { setLanguage, leave: () => source.leave() }));
  /** A micro-drill's seat with its coach (and the device's voice for its cards, where it has one). */
  const trainingPage = (session: CoachSession): void => {
    const speech = browserSpeech();
    rebuiltOnLanguage(session.seat.drill.scenario, (lang, setLanguage) => new TrainingScreen(session, lang, speech, { setLanguage }));
  };

  switch (launch.screen) {
    case 'seat': {
      const entry = launch.scenario ? findScenario(onDevice, launch.scenario) : undefined;
      const drill = entry?.drill() ?? null;
      const team = launch.team ?? drill?.scenario.training?.team ?? null;
      if (!entry || !drill || !team) { show(h('p', { className: 'seat-empty' }, [ui(language(), 'hall.join.noScenario')])); return; }
      // The township plays itself beside the trainee; a township without a doctrine leaves the other teams idle.
      const doctrineOf = (path: string, of: Drill) => { const loaded = loadDoctrine(path, readContent, of); return loaded.ok ? loaded.value : null; };
      const doctrine = doctrineOf(entry.path, drill);
      const speed = launch.speed !== null && isDrillSpeed(launch.speed) ? launch.speed : 10;
      if (drill.scenario.training?.team !== team) { seatPage(new LocalSeat(drill, team, { speed, doctrine })); return; }
      // A micro-drill is kept as it is played: a reload offers to go on where it was.
      const drillAt = (path: string) => {
        const saved = onDevice.find((e) => e.path === path)?.drill();
        return saved ? { drill: saved, doctrine: doctrineOf(path, saved) } : null;
      };
      void openMicroDrill({ language, asked: { drill, doctrine, team, mode: launch.coach, speed }, drillAt, show, train: trainingPage });
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
