// The actions a factor allows on its incidents (close the valve, cordon, ventilate …), as buttons that order one
// with a given unit on scene. Names come from the core's locale files; the core checks capability and presence.
import { factorWord } from '../../i18n/factorWord.ts';
import type { Language } from '../../i18n/translate.ts';
import type { World } from '../../sim/index.ts';
import { availableActions, incidentSpecById, unitCanCarryOut } from '../../sim/index.ts';

export interface IncidentAction { id: string; label: string; capabilities: readonly string[] | null }

/**
 * The actions of the incident's factor that fit it (a food poisoning has no valve to shut), in their declared order;
 * with `capabilities`, only those a unit with them can carry out.
 */
export function incidentActions(world: World, incident: string, language: Language, capabilities?: readonly string[]): IncidentAction[] {
  const spec = incidentSpecById(world, incident);
  if (!spec) return [];
  return availableActions(spec)
    .filter((a) => !capabilities || unitCanCarryOut(a, capabilities))
    .map((a) => ({ ...a, label: factorWord('action', world, incident, a.id)[language] }));
}
