// A factor's word for one of its phases, actions or notices (火: 蔓延, 开设隔离带 …), looked up through the incident's factor.
import type { Names } from './names.ts';
import { namedIncident } from './names.ts';
import type { Bilingual } from './translate.ts';
import { bilingual, isMessageKey } from './translate.ts';

function factorOf(world: Names, incident: string): string {
  return namedIncident(world, incident)?.factor ?? '';
}

type WordKind = 'phase' | 'action' | 'notice';

/** The word of one of a factor's phases, actions or notices, or the raw id when the locale files lack it. */
export function wordOfFactor(kind: WordKind, factor: string, id: string): Bilingual {
  const key = `${kind}.${factor}.${id}`;
  return isMessageKey(key) ? bilingual(key) : { zh: id, en: id };
}

/** The word, through the factor of the incident the names know by that id. */
export function factorWord(kind: WordKind, world: Names, incident: string, id: string): Bilingual {
  return wordOfFactor(kind, factorOf(world, incident), id);
}
