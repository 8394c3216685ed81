// Browser entry: loads the demo drill from the bundled content files, then shows its township map — or, if the
// content is broken, the problems as plain text.
import { formatProblems, loadDrill } from './sim/index.ts';
import type { ReadContent } from './sim/index.ts';
import type { RendererChoice } from './game/createGame.ts';
import { createGame } from './game/createGame.ts';
import { exposeTestHook } from './game/testHook.ts';

const scenarioPath = 'scenarios/demo-flood-transfer.json';

// Every content file is bundled as text, so the app runs offline; keys become `scenarios/...` paths as in the CLI.
const bundled = import.meta.glob<string>('../scenarios/**/*.{json,tmj}', { query: '?raw', import: 'default', eager: true });
const contentFiles = new Map(Object.entries(bundled).map(([key, text]) => [key.replace(/^\.\.\//, ''), text]));
const readContent: ReadContent = (path) => contentFiles.get(path);

function element(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`index.html has no #${id}`);
  return found;
}

const params = new URLSearchParams(window.location.search);
const requested = params.get('renderer');
const renderer: RendererChoice = requested === 'canvas' || requested === 'webgl' ? requested : 'auto';

const drill = loadDrill(scenarioPath, readContent);
if (drill.ok) {
  element('drill-title').textContent = drill.value.scenario.titleZh;
  document.title = `${drill.value.map.nameZh} · DrillHall 乡镇应急演练电子沙盘`;
  const game = createGame({ parent: element('game'), renderer, map: drill.value.map });
  if (params.get('test') === '1') exposeTestHook(game);
} else {
  // Scenario text is untrusted: it goes in as text, never as markup.
  const problems = element('problems');
  problems.textContent = `无法载入演练内容 (cannot load the drill):\n${formatProblems(drill.problems)}`;
  problems.hidden = false;
  element('game').hidden = true;
}
