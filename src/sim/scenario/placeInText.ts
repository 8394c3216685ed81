// Content text that names its incident's place: `{place}` is the incident's place by its ground-truth name,
// `{place:鹰嘴弯}` the place as the author wrote it while the incident stands where the scenario put it, and the
// ground-truth name once a drill built from a ledger item has moved it. Nothing else in braces is content.
/** `{place}` or `{place:written text}`; any other brace is a content problem (placeTextProblems). */
const placeholder = /\{place(?::([^{}]+))?\}/g;

/** Where an incident's place names come from: its ground-truth name, and whether a placement moved it there. */
export interface IncidentPlaceName { name: string; moved: boolean }

/** What is wrong with the placeholders of a text, in words naming each one (empty: nothing). */
export function placeTextProblems(text: string): string[] {
  const problems: string[] = [];
  if ([...text.matchAll(placeholder)].some((m) => m[1] !== undefined && m[1].trim() === '')) problems.push('"{place:}" must write the place between ":" and "}"');
  const stray = /\{[^{}]*\}?|\}/.exec(text.replace(placeholder, ''));
  if (stray) problems.push(`unknown placeholder "${stray[0]}": write the incident's place as {place} or {place:the place as written}`);
  return problems;
}

/** Whether a text names its incident's place by a placeholder. */
export function namesPlace(text: string): boolean {
  return text.search(placeholder) >= 0;
}

/** The text with its placeholders resolved: the written place while the incident has not moved, else its name. */
export function withPlaceName(text: string, place: IncidentPlaceName): string {
  return text.replace(placeholder, (_all, written: string | undefined) => (written !== undefined && !place.moved ? written : place.name));
}
