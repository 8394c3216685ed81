// The one naming path from an id to what a person reads: the content's own names for map objects, units, roads and
// incidents, an inject's message, a curveball template's name, and the locale's words for the teams that have no
// place on the map (the command post, the facilitator, the county), and a numbered added incident. An id the content does not have (a misspelt
// order in a file) reads as itself, so that whoever wrote it can find it.
import type { World } from '../sim/index.ts';
import { contentNames } from '../sim/index.ts';
import type { Bilingual } from './translate.ts';
import { bilingual } from './translate.ts';

const teamKeys = { 'command-post': 'team.command-post', facilitator: 'team.facilitator', county: 'team.county' } as const;

export function contentName(world: World, id: string): Bilingual {
  const inject = world.drill.scenario.injects.find((i) => i.id === id);
  if (inject) return { zh: inject.messageZh, en: inject.messageEn };
  const template = world.drill.curveballs.find((t) => t.id === id);
  if (template) return { zh: template.nameZh, en: template.nameEn };
  const named = contentNames(world, id);
  if (named) return named;
  if (Object.hasOwn(teamKeys, id)) return bilingual(teamKeys[id as keyof typeof teamKeys]);
  // A curveball of a drill whose record is not at hand (a kept rehearsal compared with others): the core numbers them.
  const added = /^curveball-(\d+)$/.exec(id);
  if (added) return bilingual('incident.addedUnnamed', { n: Number(added[1]) });
  return { zh: id, en: id };
}
