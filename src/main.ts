// Browser entry: reads the address, the hall's saved settings and the bundled scenarios, then opens the app —
// Home, or straight into a drill with ?scenario=<id>&start=1, or the projected screen with ?screen=projector. With ?test=1 it exposes the read-only test hook.
import './ui/app.css';
import { App } from './ui/app/App.ts';
import { AppSettings } from './ui/app/AppSettings.ts';
import { DrillStore } from './ui/app/drillStore.ts';
import { readLaunchOptions } from './ui/app/launchOptions.ts';
import { scenarioCatalog } from './ui/app/scenarioCatalog.ts';
import { exposeTestHook } from './ui/app/testHook.ts';

function element(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`index.html has no #${id}`);
  return found;
}

/** localStorage, or null where the browser refuses it (then nothing is saved, and nothing breaks). */
function browserStorage(): Storage | null {
  try { return window.localStorage; } catch { return null; }
}

const launch = readLaunchOptions(window.location.search);
const storage = browserStorage();
const settings = new AppSettings(storage, {
  ...(launch.language ? { language: launch.language } : {}),
  ...(launch.director ? { directorView: true } : {}),
});
const elements = { screen: element('screen'), title: element('drill-title'), brand: element('brand'), settings: element('settings') };
if (launch.screen !== null && (launch.screen !== 'projector' || launch.pin !== null)) {
  void import('./ui/hall/openHallScreen.ts').then(({ openHallScreen }) => openHallScreen({ elements, launch, settings }));
} else if (launch.screen === 'projector') {
  void import('./ui/projector/openProjector.ts').then(({ openProjector }) => openProjector({ elements, launch, language: settings.get().language }));
} else {
  const app = new App(elements, settings, scenarioCatalog(), launch, new DrillStore(storage), storage);
  if (launch.test) exposeTestHook(app);
  void app.boot();
}
