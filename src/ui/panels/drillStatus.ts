// The drill's clock and status as the HUD and the projector both show them, from the team view shown: the
// scenario's date and time with the time elapsed, the highest warning colour the team knows, the response level,
// the toll as the team knows it (the truth only in the facilitator's view) and the people moved from its villages.
import { durationText } from '../../i18n/clock.ts';
import type { Language } from '../../i18n/translate.ts';
import { translate } from '../../i18n/translate.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import type { Drill, TeamView } from '../../sim/index.ts';
import { h } from '../buildElement.ts';
import { scenarioDateTime } from '../scenarioClock.ts';

const colourOrder = ['blue', 'yellow', 'orange', 'red'] as const;

/** The highest warning colour any village the team sees is under now, or null. */
function highestWarning(view: TeamView): (typeof colourOrder)[number] | null {
  let best = -1;
  for (const v of view.villages) if (v.warning) best = Math.max(best, colourOrder.indexOf(v.warning));
  return colourOrder[best] ?? null;
}

/** The dead, injured and missing of every incident the team knows, as it knows them. */
function knownToll(view: TeamView): { dead: number; injured: number; missing: number } {
  const toll = { dead: 0, injured: 0, missing: 0 };
  for (const { casualties } of view.incidents) {
    if (!casualties) continue;
    toll.dead += casualties.deaths;
    toll.injured += casualties.injured;
    toll.missing += casualties.missing;
  }
  return toll;
}

/** Date, time of day (24 h) and the time elapsed of the drill's length. */
export function clockParts(lang: Language, drill: Drill, view: TeamView): HTMLElement[] {
  const { scenario } = drill;
  const { date, time } = scenarioDateTime(scenario.start, view.timeS);
  return [
    h('span', { className: 'hud-date' }, [date]),
    h('span', { className: 'hud-time', attrs: { 'data-testid': 'clock' } }, [time]),
    h('span', { className: 'hud-elapsed' }, [ui(lang, 'hud.elapsed', { elapsed: durationText(lang, view.timeS), total: durationText(lang, scenario.durationS) })]),
  ];
}

/** Warning colour, response level, toll, people moved out, and whether time is up. */
export function statusChips(lang: Language, drill: Drill, view: TeamView): HTMLElement[] {
  const warning = highestWarning(view);
  const toll = knownToll(view);
  const moved = view.villages.reduce((n, v) => n + v.movedCount, 0);
  const chips = [
    h('span', { className: `chip warning ${warning ?? 'none'}`, attrs: { 'data-testid': 'warning-colour' } }, [
      warning ? ui(lang, 'hud.warning', { colour: translate(lang, `colour.${warning}`) }) : ui(lang, 'hud.noWarning')]),
    h('span', { className: `chip level level-${view.responseLevel}` }, [ui(lang, 'hud.level', { level: translate(lang, `level.${view.responseLevel}`) })]),
    h('span', { className: 'chip toll' }, [ui(lang, 'hud.casualties', toll)]),
    h('span', { className: 'chip moved' }, [ui(lang, 'hud.moved', { count: moved })]),
  ];
  if (view.timeS >= drill.scenario.durationS) chips.push(h('span', { className: 'chip time-up' }, [ui(lang, 'hud.timeUp')]));
  return chips;
}
