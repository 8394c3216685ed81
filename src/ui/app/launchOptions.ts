// What the page's address asks for: `?test=1` exposes the read-only test hook, `?renderer=canvas|webgl` forces a
// renderer, `?screen=projector` opens the projected screen that follows the facilitator's window, and
// `?scenario=<id>&start=1` opens a drill straight away (for the hall and for browser tests), with optional
// `mode=hall|training`, `team=<id>`, `speed=<n>`, `lang=zh|en`, `director=1` and `overlays=all`. A hall drill with
// seats: `?screen=director` (open a room, or `&pin=` to take it back), `?screen=join[&pin=]` (a phone joins),
// `?screen=projector&pin=` (the big screen joined to a room), `?screen=seat&scenario=<id>&team=<id>` (one team's
// seat with the drill on the device, for self-training on a phone; `&coach=coached|test` for a micro-drill's run),
// `?screen=evaluator&pin=&key=` (an evaluator).
import type { Language } from '../../i18n/translate.ts';

export type RendererChoice = 'auto' | 'canvas' | 'webgl';
export type DrillMode = 'hall' | 'training';

const hallScreens = ['projector', 'director', 'join', 'seat', 'evaluator'] as const;
export type HallScreen = (typeof hallScreens)[number];

export interface LaunchOptions {
  test: boolean;
  renderer: RendererChoice;
  scenario: string | null;
  start: boolean;
  mode: DrillMode;
  team: string | null;
  speed: number | null;
  language: Language | null;
  /** `projector`: the projected screen following the facilitator's window (or, with a PIN, a hall room); the hall's
   *  screens; null: the app. */
  screen: HallScreen | null;
  /** A hall room's 6-digit PIN, or null. */
  pin: string | null;
  /** Show incidents before anyone in the drill has learnt of them (the facilitator's own view). */
  director: boolean;
  /** A micro-drill's seat: coached (cards' hints, feedback on each order) or a test (neither until the review). */
  coach: 'coached' | 'test';
}

export function readLaunchOptions(search: string): LaunchOptions {
  const params = new URLSearchParams(search);
  const renderer = params.get('renderer');
  const lang = params.get('lang');
  const speed = Number(params.get('speed'));
  return {
    test: params.get('test') === '1',
    screen: hallScreens.find((s) => s === params.get('screen')) ?? null,
    pin: /^\d{6}$/.test(params.get('pin') ?? '') ? params.get('pin') : null,
    renderer: renderer === 'canvas' || renderer === 'webgl' ? renderer : 'auto',
    scenario: params.get('scenario'),
    start: params.get('start') === '1',
    mode: params.get('mode') === 'training' ? 'training' : 'hall',
    team: params.get('team'),
    speed: Number.isFinite(speed) && speed > 0 ? speed : null,
    language: lang === 'en' || lang === 'zh' ? lang : null,
    director: params.get('director') === '1' || params.get('overlays') === 'all',
    coach: params.get('coach') === 'test' ? 'test' : 'coached',
  };
}
