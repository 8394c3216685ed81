// The one naming path from an id to what a person reads: the content's own names for map objects, units, roads,
// teams and incidents, an inject's message, a curveball template's name. An id the content does not have (a
// misspelt order in a file) reads as itself, so that whoever wrote it can find it.
import type { World } from '../sim/index.ts';
import { nameOf } from '../sim/index.ts';
import type { Bilingual } from './translate.ts';

export function contentName(world: World, id: string): Bilingual {
  const inject = world.drill.scenario.injects.find((i) => i.id === id);
  if (inject) return { zh: inject.messageZh, en: inject.messageEn };
  const template = world.drill.curveballs.find((t) => t.id === id);
  if (template) return { zh: template.nameZh, en: template.nameEn };
  return nameOf(world, id);
}
