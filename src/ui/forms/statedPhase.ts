// The state of the incident a report (快报/续报) or a call states: its factor's phases as words, those that end it
// marked "the incident is over", started from what the reporting team itself knows of it; blank states nothing (the
// receiver keeps what it knew). The words and the choices are the core's (phasesToState), never codes.
import { wordOfFactor } from '../../i18n/factorWord.ts';
import type { Language } from '../../i18n/translate.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import type { IncidentView } from '../../sim/index.ts';
import { factorPhases, phasesToState } from '../../sim/index.ts';
import { h } from '../buildElement.ts';

export type PhaseChoice = readonly [phase: string, label: string];

function labelOf(factor: string, phase: string, final: boolean, lang: Language): string {
  const word = wordOfFactor('phase', factor, phase)[lang];
  return final ? ui(lang, 'report.phaseOver', { phase: word }) : word;
}

/** A stated phase as the forms and the review show it: its word, "(the incident is over)" after a final one. */
export function phaseLabel(factor: string, phase: string, lang: Language): string {
  return labelOf(factor, phase, factorPhases(factor).some((p) => p.final && p.phase === phase), lang);
}

/** What the team may say of the incident, in its factor's order: blank first, then each phase (the final ones "over"). */
export function phaseChoices(incident: IncidentView | undefined, lang: Language): PhaseChoice[] {
  const unstated: PhaseChoice = ['', ui(lang, 'report.phaseUnstated')];
  if (!incident) return [unstated];
  return [unstated, ...phasesToState(incident.factor, incident.phase).map(({ phase, final }) => [phase, labelOf(incident.factor, phase, final, lang)] as const)];
}

/** Where the choice starts: the phase the team knows the incident to be in, blank when it knows none. */
export function phaseByDefault(incident: IncidentView | undefined): string {
  return incident?.phase ?? '';
}

/** A `<select>` of the choices for `incident`, started from what the team knows; call again when the incident changes. */
export function fillPhaseSelect(select: HTMLSelectElement, incident: IncidentView | undefined, lang: Language): void {
  const choices = phaseChoices(incident, lang);
  select.replaceChildren(...choices.map(([value, label]) => h('option', { attrs: { value } }, [label])));
  const start = phaseByDefault(incident);
  select.value = choices.some(([value]) => value === start) ? start : '';
}

/** A phase select, its test id given, for the incident first shown. */
export function phaseSelect(testId: string, incident: IncidentView | undefined, lang: Language): HTMLSelectElement {
  const select = h('select', { attrs: { 'data-testid': testId } });
  fillPhaseSelect(select, incident, lang);
  return select;
}

/** The order's `phase` field: the chosen phase, or nothing when none is stated. */
export function statedPhase(select: HTMLSelectElement): { phase?: string } {
  return select.value ? { phase: select.value } : {};
}
