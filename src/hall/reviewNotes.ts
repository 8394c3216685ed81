// The evaluators' notes as the review carries them: in time order, each at the scenario's clock time, under the
// rubric item it was noted against (by its names, never its id), with the evaluator who noted it, worded in Chinese
// and English. The note's text and the evaluator's name are their own words, left as written. Shared by the room
// (the end of the drill) and the screens (the evaluator's list so far), so both say a note the same way.
import { clockAt } from '../i18n/clock.ts';
import { ui } from '../i18n/ui/uiText.ts';
import type { Note, ReviewNote } from './protocol.ts';
import type { Drill } from '../sim/index.ts';


/**
 * The rubric item a note names, by names: a note names an item by its id (`on-time`), or — as older screens sent it —
 * by the measure the item scores (`reportOnTime`); null for none or one the drill's rubric does not hold.
 */
export function noteItem(drill: Drill, measure: string | null): { zh: string; en: string } | null {
  if (measure === null) return null;
  const items = drill.rubric.capabilities.flatMap((c) => c.items);
  const item = items.find((i) => i.id === measure) ?? items.find((i) => i.measure === measure);
  return item ? { zh: item.nameZh, en: item.nameEn } : null;
}

export function reviewNotes(drill: Drill, notes: readonly Note[]): ReviewNote[] {
  return [...notes]
    .map((note, order) => ({ note, order }))
    .sort((a, b) => a.note.atS - b.note.atS || a.order - b.order)
    .map(({ note }) => {
      const clock = clockAt(drill.scenario.start, note.atS);
      const item = noteItem(drill, note.measure);
      const itemZh = item?.zh ?? ui('zh', 'hall.notes.noItem');
      const itemEn = item?.en ?? ui('en', 'hall.notes.noItem');
      return {
        atS: note.atS, clock, itemZh: item?.zh ?? null, itemEn: item?.en ?? null, by: note.by, text: note.text,
        zh: `${clock}【${itemZh}】${note.by ?? ui('zh', 'hall.notes.anyEvaluator')}：${note.text}`,
        en: `${clock} [${itemEn}] ${note.by ?? ui('en', 'hall.notes.anyEvaluator')}: ${note.text}`,
      };
    });
}
