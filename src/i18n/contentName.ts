// The one naming path from an id to what a person reads: the content's own names for map objects, units, roads and
// incidents (a curveball's title from the names it is given: names.ts), an inject's message, a curveball template's
// name, and the locale's words for the teams that have no place on the map (the command post, the facilitator, the
// county), and a numbered added incident the names do not hold. An id the content does not have (a misspelt order in
// a file) reads as itself, so that whoever wrote it can find it.
import { contentNames } from '../sim/index.ts';
import type { Names } from './names.ts';
import { namedIncident } from './names.ts';
import type { Bilingual } from './translate.ts';
import { bilingual } from './translate.ts';

const teamKeys = { 'command-post': 'team.command-post', facilitator: 'team.facilitator', county: 'team.county' } as const;

export function contentName(world: Names, id: string): Bilingual {
  const inject = world.drill.scenario.injects.find((i) => i.id === id);
  if (inject) return { zh: inject.messageZh, en: inject.messageEn };
  const template = world.drill.curveballs.find((t) => t.id === id);
  if (template) return { zh: template.nameZh, en: template.nameEn };
  const named = contentNames(world, id);
  if (named) return named;
  const curveball = namedIncident(world, id);
  if (curveball) return { zh: curveball.titleZh, en: curveball.titleEn };
  if (Object.hasOwn(teamKeys, id)) return bilingual(teamKeys[id as keyof typeof teamKeys]);
  // A curveball the names do not hold (a kept rehearsal compared with others, whose state is not at hand): the core numbers them.
  const added = /^curveball-(\d+)$/.exec(id);
  if (added) return bilingual('incident.addedUnnamed', { n: Number(added[1]) });
  return { zh: id, en: id };
}
