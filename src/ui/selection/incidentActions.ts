// The actions a factor allows on its incidents (close the valve, cordon, ventilate …), as buttons that order one
// with a given unit on scene. Names come from the core's locale files; the core checks capability and presence.
import { translate, isMessageKey } from '../../i18n/translate.ts';
import type { Language } from '../../i18n/translate.ts';
import type { World } from '../../sim/index.ts';

export interface IncidentAction { id: string; label: string; capabilities: readonly string[] | null }

/** The factor's actions in their declared order; with `capabilities`, only those a unit with them can carry out. */
export function incidentActions(world: World, factor: string, language: Language, capabilities?: readonly string[]): IncidentAction[] {
  const definition = world.factors.get(factor);
  if (!definition) return [];
  return Object.entries(definition.actions)
    .filter(([, a]) => !capabilities || a.capabilities === null || a.capabilities.some((c) => capabilities.includes(c)))
    .map(([id, a]) => {
      const key = `action.${factor}.${id}`;
      return { id, label: isMessageKey(key) ? translate(language, key) : id, capabilities: a.capabilities };
    });
}
