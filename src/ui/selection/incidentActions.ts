// The actions a factor allows on its incidents (close the valve, cordon, ventilate …), as buttons that order one
// with a given unit on scene. Names come from the core's locale files; the core checks capability and presence.
import { translate, isMessageKey } from '../../i18n/translate.ts';
import type { Language } from '../../i18n/translate.ts';
import type { World } from '../../sim/index.ts';
import { incidentSpecById } from '../../sim/index.ts';

export interface IncidentAction { id: string; label: string; capabilities: readonly string[] | null }

/**
 * The actions of the incident's factor that fit it (a food poisoning has no valve to shut), in their declared order;
 * with `capabilities`, only those a unit with them can carry out.
 */
export function incidentActions(world: World, incident: string, language: Language, capabilities?: readonly string[]): IncidentAction[] {
  const spec = incidentSpecById(world, incident);
  const factor = spec?.factor ?? '';
  const definition = world.factors.get(factor);
  if (!spec || !definition) return [];
  return Object.entries(definition.actions)
    .filter(([, a]) => !a.appliesTo || a.appliesTo(spec))
    .filter(([, a]) => !capabilities || a.capabilities === null || a.capabilities.some((c) => capabilities.includes(c)))
    .map(([id, a]) => {
      const key = `action.${factor}.${id}`;
      return { id, label: isMessageKey(key) ? translate(language, key) : id, capabilities: a.capabilities };
    });
}
