// An incident's phase as a team knows it, in words: "over" once it ended, the factor's name for the phase (the view
// carries the factor), or nothing when the team was never told the phase.
import { wordOfFactor } from '../i18n/factorWord.ts';
import type { Language } from '../i18n/translate.ts';
import { ui } from '../i18n/ui/uiText.ts';
import type { IncidentView } from '../sim/index.ts';

export function incidentPhaseText(incident: Pick<IncidentView, 'ended' | 'factor' | 'phase'>, language: Language): string {
  if (incident.ended) return ui(language, 'incident.ended');
  return incident.phase ? wordOfFactor('phase', incident.factor, incident.phase)[language] : '';
}
