// The drill's events as a spreadsheet: one row per event in the order they happened, with the scenario clock,
// the sim second, the type, the incident, unit and villages it concerns (ids and names) and the feed's sentence.
import { clockAt } from '../../i18n/clock.ts';
import { describeEvent } from '../../i18n/describeEvent.ts';
import type { Language } from '../../i18n/translate.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import type { SimEvent, World } from '../../sim/index.ts';
import { contentName } from '../../i18n/contentName.ts';
import type { ReviewData } from '../reviewData.ts';
import type { CsvCell } from './csvText.ts';
import { csvText } from './csvText.ts';

/** The ids of what an event is about: its incident, its unit, its villages (a warning may name several). */
export function eventSubjects(event: SimEvent): { incident: string | null; unit: string | null; villages: string[] } {
  const incident = 'incident' in event && typeof event.incident === 'string' ? event.incident : null;
  const unit = 'unit' in event && typeof event.unit === 'string' ? event.unit : null;
  const villages = 'village' in event ? [event.village] : event.type === 'warning.issued' ? [...event.villages] : [];
  return { incident, unit, villages };
}

function eventRow(world: World, event: SimEvent, lang: Language): CsvCell[] {
  const { incident, unit, villages } = eventSubjects(event);
  const name = (id: string | null) => (id === null ? '' : contentName(world, id)[lang]);
  const separator = lang === 'zh' ? '、' : '; ';
  return [
    clockAt(world.drill.scenario.start, event.timeS), event.timeS, event.type,
    incident ?? '', name(incident), unit ?? '', name(unit),
    villages.join(';'), villages.map((v) => name(v)).join(separator),
    describeEvent(world, event, lang),
  ];
}

const columns = ['clock', 'seconds', 'type', 'incident', 'incidentName', 'unit', 'unitName', 'village', 'villageName', 'sentence'] as const;

/** Every event of the drill as CSV text (UTF-8 with BOM, CRLF), headed in the chosen language. */
export function eventsCsv(data: ReviewData, lang: Language): string {
  const header = columns.map((c) => ui(lang, `exports.csv.${c}`));
  return csvText([header, ...data.events.map((e) => eventRow(data.world, e, lang))]);
}
