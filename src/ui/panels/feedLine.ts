// One line of an event feed — its time of day (24 h) and what happened, in the chosen language — as the
// tabletop's feed and the projector's public feed both show it.
import { describeEvent } from '../../i18n/describeEvent.ts';
import type { Language } from '../../i18n/translate.ts';
import type { Drill, SimEvent, World } from '../../sim/index.ts';
import { h } from '../buildElement.ts';
import { scenarioDateTime } from '../scenarioClock.ts';

export function feedLine(world: World, drill: Drill, event: SimEvent, lang: Language, hint: string | null = null): HTMLLIElement {
  const className = event.type === 'warning.issued' ? `warning-${event.colour}` : event.type.split('.')[0] ?? '';
  return h('li', { className: `feed-line ${className}`, attrs: { 'data-type': event.type } }, [
    h('time', {}, [scenarioDateTime(drill.scenario.start, event.timeS).time]),
    h('span', { className: 'text' }, [describeEvent(world, event, lang)]),
    hint === null ? null : h('span', { className: 'hint' }, [hint]),
  ]);
}
