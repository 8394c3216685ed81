// An evaluator's seat (optional): the truth as the director sees it, and a form to note an observation against one
// of the drill's rubric items (by name) at a drill time, signed with the evaluator's name; the notes go to the room's
// record and into the review, which this screen shows at the end. It joins with the evaluator key the director's
// screen gives (never the director's key).
import { hallRefusalText } from '../../i18n/hallRefusalText.ts';
import type { Language } from '../../i18n/translate.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import type { WelcomeMessage } from '../../hall/protocol.ts';
import { reviewNotes } from '../../hall/reviewNotes.ts';
import type { Drill } from '../../sim/index.ts';
import { buildWorld } from '../../sim/index.ts';
import { button, fill, h, select } from '../buildElement.ts';
import { field } from '../forms/formDialog.ts';
import { timeOfDay } from '../forms/reportPrefill.ts';
import { simSecondsAt } from '../scenarioClock.ts';
import { DirectorRoom } from './DirectorRoom.ts';
import { truthPanel } from './directorPanels.ts';
import { endedSummary } from './endedSummary.ts';
import { joinRoom } from './hallClient.ts';
import { notesList } from './notesList.ts';

/** The evaluator's name, kept on this device so the next note (or the next drill) is signed the same. */
const nameKey = 'drillhall.evaluator.name';

export function evaluatorScreen(options: { language: Language; pin: string; evaluatorKey: string; findDrill(scenario: string): Drill | null; setTitle(title: string): void }): HTMLElement {
  const lang = options.language;
  const element = h('section', { className: 'director-screen', attrs: { 'data-testid': 'evaluator-screen' } }, [h('p', {}, [ui(lang, 'hall.join.connecting')])]);
  void joinRoom<WelcomeMessage>(options.pin, { role: 'evaluator', evaluatorKey: options.evaluatorKey }).then((joined) => {
    if (!joined.ok) { fill(element, [h('p', { className: 'outcome refused' }, [hallRefusalText(lang, joined.refusal)])]); return; }
    const drill = options.findDrill(joined.first.scenario);
    if (!drill) { fill(element, [h('p', {}, [ui(lang, 'hall.join.noScenario')])]); return; }
    const world = buildWorld(drill);
    options.setTitle(`${ui(lang, 'hall.evaluator.title')} · ${lang === 'zh' ? drill.scenario.titleZh : drill.scenario.titleEn}`);
    const room = new DirectorRoom(joined.room, { pin: options.pin, directorKey: '', lanOrigin: null });
    const nowS = (): number => room.view()?.clock.timeS ?? 0;
    const items = drill.rubric.capabilities.flatMap((c) => c.items);
    const measure = select([['', ui(lang, 'hall.evaluator.noMeasure')], ...items.map((i) => [i.id, lang === 'zh' ? i.nameZh : i.nameEn] as const)], '', { attrs: { 'data-testid': 'evaluator-measure' } });
    const name = h('input', { attrs: { type: 'text', maxlength: '40', autocomplete: 'name', 'data-testid': 'evaluator-name' } });
    name.value = remembered();
    const time = h('input', { attrs: { type: 'text', inputmode: 'numeric', maxlength: '5', placeholder: 'HH:MM', 'data-testid': 'evaluator-time' } });
    const text = h('textarea', { attrs: { rows: '3', maxlength: '2000', 'data-testid': 'evaluator-text' } });
    const truth = h('div', { className: 'director-panel' });
    const notes = h('div', { className: 'director-panel' });
    const ended = h('div', { className: 'director-panel' });
    const form = h('div', { className: 'director-panel' }, [
      h('h2', {}, [ui(lang, 'hall.evaluator.note')]),
      field(ui(lang, 'hall.evaluator.name'), name),
      field(ui(lang, 'hall.evaluator.measure'), measure), field(ui(lang, 'hall.evaluator.time'), time, ui(lang, 'report.timeFormat')), field(ui(lang, 'hall.evaluator.text'), text),
      button(ui(lang, 'hall.evaluator.submit'), () => {
        if (!text.value.trim()) return;
        const atS = simSecondsAt(drill.scenario.start, time.value.trim(), nowS()) ?? nowS();
        const by = name.value.trim();
        remember(by);
        room.note(options.evaluatorKey, { atS, ...(measure.value ? { measure: measure.value } : {}), text: text.value.trim(), ...(by ? { by } : {}) });
        text.value = '';
        time.value = '';
      }, { className: 'primary', attrs: { 'data-testid': 'evaluator-submit' } }),
    ]);
    fill(element, [ended, form, notes, truth]);
    let shownNotes = '';
    room.subscribe(() => {
      const finished = room.ended();
      if (finished && ended.childElementCount === 0) { fill(ended, endedSummary(world, lang, finished, true)); form.hidden = true; }
      const view = room.view();
      if (!view) return;
      if (!time.value) time.placeholder = timeOfDay(drill.scenario.start, view.clock.timeS);
      fill(truth, truthPanel({ world, lang, send: () => undefined }, view));
      if (JSON.stringify(view.notes) === shownNotes) return;
      shownNotes = JSON.stringify(view.notes);
      fill(notes, [h('h2', {}, [ui(lang, 'hall.evaluator.notes')]), notesList(lang, reviewNotes(drill, view.notes), 'evaluator-notes')]);
    });
  });
  return element;
}

function remembered(): string {
  try { return window.localStorage.getItem(nameKey) ?? ''; } catch { return ''; }
}

function remember(name: string): void {
  try { window.localStorage.setItem(nameKey, name); } catch { /* the name is then asked again next time */ }
}
