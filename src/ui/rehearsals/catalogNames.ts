// Names for the teams and units a kept rehearsal mentions, from the drills the page knows; an id no drill names
// (or of a scenario no longer bundled) is shown as it is.
import type { Language } from '../../i18n/translate.ts';
import type { Drill, World } from '../../sim/index.ts';
import { buildWorld } from '../../sim/index.ts';
import { displayName } from '../displayName.ts';

/** A bundled drill: its scenario id, its file (`scenarios/<name>.json`) and the drill loaded on demand. */
export interface NamedDrills { readonly id: string; readonly path: string; drill(): Drill | null }

export type NameOf = (scenarioId: string, id: string) => string;

export type WorldOf = (scenarioId: string) => World | null;

/** The world of each scenario given, built once, when first asked; null for a scenario no longer bundled. */
export function catalogWorlds(catalog: readonly NamedDrills[]): WorldOf {
  const worlds = new Map<string, World | null>();
  return (scenarioId) => {
    if (!worlds.has(scenarioId)) {
      const drill = catalog.find((e) => e.id === scenarioId)?.drill() ?? null;
      worlds.set(scenarioId, drill ? buildWorld(drill) : null);
    }
    return worlds.get(scenarioId) ?? null;
  };
}

/** A namer over the worlds given. */
export function catalogNames(lang: Language, worldOf: WorldOf): NameOf {
  return (scenarioId, id) => {
    const world = worldOf(scenarioId);
    return world ? displayName(world, id, lang) : id;
  };
}
