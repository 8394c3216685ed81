// Opens the projected screen in this window: the header keeps the app's name and the drill's title but none of
// the settings (the facilitator's window decides the language), and the page is in projector mode.
import { ui } from '../../i18n/ui/uiText.ts';
import type { Language } from '../../i18n/translate.ts';
import type { LaunchOptions } from '../app/launchOptions.ts';
import { scenarioCatalog } from '../app/scenarioCatalog.ts';
import { fill } from '../buildElement.ts';
import { ProjectorScreen } from './ProjectorScreen.ts';
import './projector.css';

export interface ProjectorPage { screen: HTMLElement; title: HTMLElement; brand: HTMLElement; settings: HTMLElement }

export function openProjector(options: { elements: ProjectorPage; launch: LaunchOptions; language: Language }): ProjectorScreen {
  const { elements } = options;
  const catalog = scenarioCatalog();
  document.body.classList.add('projector', 'projector-window');
  elements.settings.replaceChildren();
  const screen = new ProjectorScreen({
    renderer: options.launch.renderer,
    language: options.language,
    findDrill: (path) => catalog.find((e) => e.path === path)?.drill() ?? null,
    setTitle: (title, lang) => {
      elements.title.textContent = title;
      elements.brand.textContent = ui(lang, 'app.name');
      document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
      document.title = `${title} · ${ui(lang, 'app.name')}`;
    },
  });
  fill(elements.screen, [screen.element]);
  screen.start();
  return screen;
}
