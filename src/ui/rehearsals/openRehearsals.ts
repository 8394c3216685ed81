// Opens the rehearsal log where a screen stands, loading the screen, the store and the chart only now. For a
// caller that does not manage screens itself; `back` puts the screen it replaced back as it was.
import type { Language } from '../../i18n/translate.ts';
import type { NamedDrills } from './catalogNames.ts';

export async function openRehearsalsInPlace(current: HTMLElement, options: { language: Language; catalog?: readonly NamedDrills[] }): Promise<void> {
  const [{ rehearsalsScreen }, { rehearsalLog }] = await Promise.all([import('./rehearsalsScreen.ts'), import('../../rehearsals/saveRehearsal.ts')]);
  const screen = rehearsalsScreen({ language: options.language, store: rehearsalLog(), back: () => screen.replaceWith(current), ...(options.catalog ? { catalog: options.catalog } : {}) });
  current.replaceWith(screen);
}
