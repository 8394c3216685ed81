// Injects that name their incident's place (placeInText.ts): checked as content by the scenario schema, and named
// once, when a drill is loaded or placed, so every view, export and the command line read the same final text.
import type { IncidentPlaceName } from './placeInText.ts';
import { namesPlace, placeTextProblems, withPlaceName } from './placeInText.ts';

/** The texts of an inject a person reads, and the language of each. */
const injectTexts = [['messageZh', 'zh'], ['messageEn', 'en'], ['expectedActionZh', 'zh'], ['expectedActionEn', 'en']] as const;

interface InjectText { id: string; incident?: string | undefined; messageZh: string; messageEn: string; expectedActionZh: string; expectedActionEn: string }
interface IncidentNames { id: string; groundTruth: { placeZh: string; placeEn: string } }

/** One placeholder problem: the field's path in the scenario and what is wrong, naming the inject. */
export interface InjectPlaceProblem { path: (string | number)[]; message: string }

/** Unknown placeholders, and places named in an inject about no incident of the scenario. */
export function injectPlaceProblems(injects: readonly InjectText[], incidents: readonly { id: string }[]): InjectPlaceProblem[] {
  return injects.flatMap((inject, i) => injectTexts.flatMap(([field]) => {
    const text = inject[field];
    const at = { path: ['injects', i, field] };
    const found = placeTextProblems(text).map((problem) => ({ ...at, message: `inject "${inject.id}": ${problem}` }));
    if (found.length === 0 && namesPlace(text) && !incidents.some((d) => d.id === inject.incident)) {
      const why = inject.incident === undefined ? 'is about no incident (give it "incident")' : `is about "${inject.incident}", no incident of this scenario`;
      found.push({ ...at, message: `inject "${inject.id}" names its incident's place but ${why}` });
    }
    return found;
  }));
}

/** The injects with their incidents' places named: as written for an incident that stayed, by name for one in `moved`. */
export function injectsNamingPlaces<T extends InjectText>(written: readonly T[], incidents: readonly IncidentNames[], moved: ReadonlySet<string>): T[] {
  return written.map((inject) => {
    const incident = incidents.find((d) => d.id === inject.incident);
    if (!incident || !injectTexts.some(([field]) => namesPlace(inject[field]))) return inject;
    const place = (lang: 'zh' | 'en'): IncidentPlaceName => ({ name: lang === 'zh' ? incident.groundTruth.placeZh : incident.groundTruth.placeEn, moved: moved.has(incident.id) });
    const named = { ...inject };
    for (const [field, lang] of injectTexts) named[field] = withPlaceName(inject[field], place(lang));
    return named;
  });
}
