// The name of anything the drill knows (a unit, village, station, road, team, incident) in the chosen language.
import type { Language } from '../i18n/translate.ts';
import type { World } from '../sim/index.ts';
import { contentName } from '../i18n/contentName.ts';

export function displayName(world: World, id: string, language: Language): string {
  return contentName(world, id)[language];
}
