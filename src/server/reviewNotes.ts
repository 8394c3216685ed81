// The evaluator's notes as the review carries them: in time order, each at the scenario's clock time, under the
// rubric item it was noted against (by its names, never its id), worded in Chinese and English. The note's text is
// the evaluator's own words, left as written.
import { clockAt } from '../i18n/clock.ts';
import type { Note, ReviewNote } from '../hall/protocol.ts';
import type { Drill } from '../sim/index.ts';

const noItem = { zh: '未对应评分项', en: 'no rubric item' };

export function reviewNotes(drill: Drill, notes: readonly Note[]): ReviewNote[] {
  const items = new Map(drill.rubric.capabilities.flatMap((c) => c.items).map((item) => [item.id, { zh: item.nameZh, en: item.nameEn }]));
  return [...notes]
    .sort((a, b) => a.atS - b.atS)
    .map((note) => {
      const clock = clockAt(drill.scenario.start, note.atS);
      const item = (note.measure === null ? null : items.get(note.measure)) ?? null;
      const named = item ?? noItem;
      return {
        atS: note.atS, clock, itemZh: item?.zh ?? null, itemEn: item?.en ?? null, text: note.text,
        zh: `${clock}【${named.zh}】${note.text}`, en: `${clock} [${named.en}] ${note.text}`,
      };
    });
}
