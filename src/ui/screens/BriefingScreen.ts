// The briefing before a drill starts: the scenario's own briefing, date, weather and county support, what the
// drill asks of everyone, and the seats — which teams play, with their units. In self-training the player
// chooses the one role to play here.
import type { Language } from '../../i18n/translate.ts';
import { durationText } from '../../i18n/clock.ts';
import { translate } from '../../i18n/translate.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import type { Drill } from '../../sim/index.ts';
import { createSimulation } from '../../sim/index.ts';
import type { DrillMode } from '../app/launchOptions.ts';
import { button, h } from '../buildElement.ts';
import { displayName } from '../displayName.ts';
import { listText } from '../listText.ts';
import { scenarioDateTime } from '../scenarioClock.ts';

const compass = ['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW'] as const;

/** The teams the scenario involves: the command post, inject recipients, discoverers, lead and support teams. */
export function seatsOf(drill: Drill): string[] {
  const s = drill.scenario;
  const ids = ['command-post', ...s.injects.map((i) => i.to), ...s.incidents.flatMap((i) => [i.discovery.by, ...i.expected.lead, ...i.expected.support])];
  return [...new Set(ids)].filter((id) => id !== 'facilitator' && id !== 'county');
}

/** `hazards`: the section naming the ledger's open hazards the drill runs with (src/ui/ledger/townshipDrill.ts), if any. */
export function briefingScreen(options: { language: Language; drill: Drill; mode: DrillMode; start: (team: string | null) => void; back: () => void; hazards?: HTMLElement | null }): HTMLElement {
  const { language: lang, drill, mode } = options;
  const s = drill.scenario;
  // The names of teams and units as the core gives them (a fresh, unused simulation of the drill).
  const world = createSimulation(drill).world;
  const name = (id: string): string => displayName(world, id, lang);
  const seats = seatsOf(drill);
  let team = seats.find((id) => id !== 'command-post') ?? 'command-post';
  const { date, time } = scenarioDateTime(s.start, 0);
  const w = s.weather;
  const unitsOf = (id: string): string[] => drill.roster.units.filter((u) => u.owner === id).map((u) => (lang === 'zh' ? u.nameZh : u.nameEn));
  const seatRow = (id: string) => {
    const choose = mode === 'training' ? h('input', { attrs: { type: 'radio', name: 'role', value: id, 'data-testid': `role-${id}`, ...(id === team ? { checked: '' } : {}) }, on: { change: () => { team = id; } } }) : null;
    const units = unitsOf(id);
    const about = id === 'command-post' ? ui(lang, 'briefing.commandPost') : units.length > 0 ? listText(lang, units) : ui(lang, 'briefing.noUnits');
    return h('li', {}, [h('label', {}, [choose, h('strong', {}, [name(id)]), ' ', h('span', {}, [about])])]);
  };
  const reportMinutes = Math.round(60 / s.timeCompression);
  return h('div', { className: 'screen briefing', attrs: { 'data-testid': 'briefing' } }, [
    h('h2', {}, [lang === 'zh' ? s.titleZh : s.titleEn]),
    h('p', { className: 'briefing-meta' }, [ui(lang, 'briefing.meta', { date, time: time.slice(0, 5), duration: durationText(lang, s.durationS), compression: s.timeCompression })]),
    h('section', {}, [h('h3', {}, [ui(lang, 'briefing.situation')]), h('p', { className: 'briefing-text' }, [lang === 'zh' ? s.briefingZh : s.briefingEn])]),
    h('section', {}, [h('h3', {}, [ui(lang, 'briefing.weather')]), h('p', {}, [ui(lang, 'briefing.weatherText', {
      temperature: w.temperatureC, humidity: w.humidityPct, wind: w.windMs, from: ui(lang, `compass.${compass[Math.round(w.windFromDeg / 45) % 8]!}`), rain: w.rainMmH,
    })])]),
    h('section', {}, [h('h3', {}, [ui(lang, 'briefing.objectives')]), h('ul', {}, [
      h('li', {}, [ui(lang, 'briefing.objective.report', { minutes: reportMinutes })]),
      h('li', {}, [ui(lang, 'briefing.objective.warn')]),
      h('li', {}, [ui(lang, 'briefing.objective.lead')]),
      h('li', {}, [ui(lang, 'briefing.objective.life')]),
    ])]),
    options.hazards ?? null,
    s.countySupport.length > 0 ? h('section', {}, [h('h3', {}, [ui(lang, 'briefing.county')]), h('p', {}, [listText(lang, s.countySupport.map((c) =>
      ui(lang, 'county.option', { force: translate(lang, `force.${c.force}`), delay: durationText(lang, c.delayS) })))])]) : null,
    h('section', {}, [
      h('h3', {}, [ui(lang, mode === 'training' ? 'briefing.chooseRole' : 'briefing.seats')]),
      h('ul', { className: 'seats' }, seats.map(seatRow)),
      h('p', { className: 'others' }, [ui(lang, 'briefing.others', { teams: listText(lang, [...world.teams].filter((id) => !seats.includes(id)).map(name)) })]),
    ]),
    h('div', { className: 'buttons' }, [
      button(ui(lang, 'briefing.back'), options.back, { attrs: { 'data-testid': 'back-home' } }),
      button(ui(lang, 'briefing.start'), () => options.start(mode === 'training' ? team : null), { className: 'primary big', attrs: { 'data-testid': 'start-drill' } }),
    ]),
  ]);
}
