// The actions a factor allows on its incidents (close the valve, cordon, ventilate …), as buttons that order one
// with a given unit on scene. Names come from the core's locale files; the core checks capability and presence.
import { factorWord } from '../../i18n/factorWord.ts';
import type { Language } from '../../i18n/translate.ts';
import type { Names } from '../../i18n/names.ts';
import type { IncidentView } from '../../sim/index.ts';
import { unitCanCarryOut } from '../../sim/index.ts';

export interface IncidentAction { id: string; label: string; capabilities: readonly string[] | null }

/**
 * The actions of the incident's factor that fit it (a food poisoning has no valve to shut), in their declared order,
 * as the team's view carries them; with `capabilities`, only those a unit with them can carry out.
 */
export function incidentActions(world: Names, incident: Pick<IncidentView, 'id' | 'actions'>, language: Language, capabilities?: readonly string[]): IncidentAction[] {
  return incident.actions
    .filter((a) => !capabilities || unitCanCarryOut(a, capabilities))
    .map((a) => ({ ...a, label: factorWord('action', world, incident.id, a.id)[language] }));
}
