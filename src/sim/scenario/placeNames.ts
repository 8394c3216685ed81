// A scenario's texts that name an incident's place (placeInText.ts): its incidents' titles, the injects about an
// incident, and the briefing (its first incident's place). Checked as content by the scenario schema, and named once, when a drill is loaded or placed, so every
// view, export and the command line read the same final text.
import type { IncidentPlaceName } from './placeInText.ts';
import { namesPlace, placeTextProblems, withPlaceName } from './placeInText.ts';

/** The texts a person reads, and the language of each. */
const injectTexts = [['messageZh', 'zh'], ['messageEn', 'en'], ['expectedActionZh', 'zh'], ['expectedActionEn', 'en']] as const;
const titleTexts = [['titleZh', 'zh'], ['titleEn', 'en']] as const;
const briefingTexts = [['briefingZh', 'zh'], ['briefingEn', 'en']] as const;

interface InjectText { id: string; incident?: string | undefined; messageZh: string; messageEn: string; expectedActionZh: string; expectedActionEn: string }
interface IncidentText { id: string; titleZh: string; titleEn: string; groundTruth: { placeZh: string; placeEn: string } }
interface ScenarioText<I extends IncidentText, J extends InjectText> { briefingZh: string; briefingEn: string; incidents: I[]; injects: J[] }

/** One placeholder problem: the field's path in the scenario and what is wrong, naming the inject or incident. */
export interface PlaceNameProblem { path: (string | number)[]; message: string }

/** The briefing's placeholders: they name the place of the scenario's first incident, so it must have one. */
function briefingProblems(scenario: ScenarioText<IncidentText, InjectText>): PlaceNameProblem[] {
  return briefingTexts.flatMap(([field]) => {
    const found = placeTextProblems(scenario[field]).map((problem) => ({ path: [field], message: `the briefing: ${problem}` }));
    if (found.length > 0 || !namesPlace(scenario[field]) || scenario.incidents.length > 0) return found;
    return [{ path: [field], message: 'the briefing names its first incident\'s place, but the scenario has no incident' }];
  });
}

/** Unknown placeholders, and places named in an inject about no incident of the scenario or in the briefing of a
 *  scenario of none. */
export function placeNameProblems(scenario: ScenarioText<IncidentText, InjectText>): PlaceNameProblem[] {
  const titles = scenario.incidents.flatMap((incident, i) => titleTexts.flatMap(([field]) =>
    placeTextProblems(incident[field]).map((problem) => ({ path: ['incidents', i, field], message: `incident "${incident.id}": ${problem}` }))));
  const injects = scenario.injects.flatMap((inject, i) => injectTexts.flatMap(([field]) => {
    const text = inject[field];
    const at = { path: ['injects', i, field] };
    const found = placeTextProblems(text).map((problem) => ({ ...at, message: `inject "${inject.id}": ${problem}` }));
    if (found.length === 0 && namesPlace(text) && !scenario.incidents.some((d) => d.id === inject.incident)) {
      const why = inject.incident === undefined ? 'is about no incident (give it "incident")' : `is about "${inject.incident}", no incident of this scenario`;
      found.push({ ...at, message: `inject "${inject.id}" names its incident's place but ${why}` });
    }
    return found;
  }));
  return [...briefingProblems(scenario), ...titles, ...injects];
}

function named<T>(texts: T, fields: readonly (readonly [keyof T & string, 'zh' | 'en'])[], incident: IncidentText, moved: boolean): T {
  const place = (lang: 'zh' | 'en'): IncidentPlaceName => ({ name: lang === 'zh' ? incident.groundTruth.placeZh : incident.groundTruth.placeEn, moved });
  const out = { ...texts };
  for (const [field, lang] of fields) {
    const text = texts[field];
    if (typeof text === 'string') out[field] = withPlaceName(text, place(lang)) as T[typeof field];
  }
  return out;
}

/**
 * `scenario` with the titles, injects and briefing of `written` (the scenario as its file writes them) naming each
 * incident's place: as written for an incident that stayed, by its place's name for one in `moved`. A placement and the
 * ledger's hazards never change these texts, so `written`'s are the ones to name; an incident `written` lacks keeps its own.
 */
export function withPlacesNamed<I extends IncidentText, J extends InjectText, S extends ScenarioText<I, J>>(scenario: S, written: ScenarioText<I, J>, moved: ReadonlySet<string>): S {
  const incidents = scenario.incidents.map((incident) => {
    const asWritten = written.incidents.find((w) => w.id === incident.id);
    return asWritten ? { ...incident, ...named({ titleZh: asWritten.titleZh, titleEn: asWritten.titleEn }, titleTexts, incident, moved.has(incident.id)) } : incident;
  });
  const injects = written.injects.map((inject) => {
    const incident = incidents.find((d) => d.id === inject.incident);
    return incident ? named(inject, injectTexts, incident, moved.has(incident.id)) : inject;
  });
  const first = incidents.find((d) => d.id === written.incidents[0]?.id);
  const briefing = first ? named({ briefingZh: written.briefingZh, briefingEn: written.briefingEn }, briefingTexts, first, moved.has(first.id)) : {};
  return { ...scenario, ...briefing, incidents, injects };
}
