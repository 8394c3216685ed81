// The drill's clock and status as the HUD and the projector both show them: the scenario's date and time with
// the time elapsed, the township's highest warning colour, the response level, the toll and the people moved.
import { durationText } from '../../i18n/clock.ts';
import type { Language } from '../../i18n/translate.ts';
import { translate } from '../../i18n/translate.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import type { Drill, SimState } from '../../sim/index.ts';
import { h } from '../buildElement.ts';
import { scenarioDateTime } from '../scenarioClock.ts';

const colourOrder = ['blue', 'yellow', 'orange', 'red'] as const;

/** The highest warning colour any village is under now, or null. */
function highestWarning(state: SimState): (typeof colourOrder)[number] | null {
  let best = -1;
  for (const v of state.villages) if (v.warning) best = Math.max(best, colourOrder.indexOf(v.warning));
  return colourOrder[best] ?? null;
}

/** Date, time of day (24 h) and the time elapsed of the drill's length. */
export function clockParts(lang: Language, drill: Drill, state: SimState): HTMLElement[] {
  const { scenario } = drill;
  const { date, time } = scenarioDateTime(scenario.start, state.timeS);
  return [
    h('span', { className: 'hud-date' }, [date]),
    h('span', { className: 'hud-time', attrs: { 'data-testid': 'clock' } }, [time]),
    h('span', { className: 'hud-elapsed' }, [ui(lang, 'hud.elapsed', { elapsed: durationText(lang, state.timeS), total: durationText(lang, scenario.durationS) })]),
  ];
}

/** Warning colour, response level, toll, people moved out, and whether time is up. */
export function statusChips(lang: Language, state: SimState): HTMLElement[] {
  const warning = highestWarning(state);
  const { deadCount, injuredCount, missingCount } = state.casualties;
  const moved = state.villages.reduce((n, v) => n + v.movedCount, 0);
  const chips = [
    h('span', { className: `chip warning ${warning ?? 'none'}`, attrs: { 'data-testid': 'warning-colour' } }, [
      warning ? ui(lang, 'hud.warning', { colour: translate(lang, `colour.${warning}`) }) : ui(lang, 'hud.noWarning')]),
    h('span', { className: `chip level level-${state.responseLevel}` }, [ui(lang, 'hud.level', { level: translate(lang, `level.${state.responseLevel}`) })]),
    h('span', { className: 'chip toll' }, [ui(lang, 'hud.casualties', { dead: deadCount, injured: injuredCount, missing: missingCount })]),
    h('span', { className: 'chip moved' }, [ui(lang, 'hud.moved', { count: moved })]),
  ];
  if (state.timeUp) chips.push(h('span', { className: 'chip time-up' }, [ui(lang, 'hud.timeUp')]));
  return chips;
}
