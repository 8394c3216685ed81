// An incident's phase as a team knows it, in words: "over" once it ended, the factor's name for the phase, or
// nothing when the team was never told the phase.
import { phaseName } from '../i18n/describeEvent.ts';
import type { Language } from '../i18n/translate.ts';
import { ui } from '../i18n/ui/uiText.ts';
import type { IncidentView, World } from '../sim/index.ts';

export function incidentPhaseText(world: World, incident: IncidentView, language: Language): string {
  if (incident.ended) return ui(language, 'incident.ended');
  return incident.phase ? phaseName(world, incident.id, incident.phase)[language] : '';
}
