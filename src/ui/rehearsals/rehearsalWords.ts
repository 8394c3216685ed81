// How a kept rehearsal's facts read on screen: its finishing time, mode, vetoes, ratings, the measure a
// finding came from, and the problems with entries that were skipped.
import type { Language } from '../../i18n/translate.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import type { EntryProblem } from '../../rehearsals/rehearsalSchema.ts';
import type { Rating } from '../../sim/index.ts';
import type { VetoId } from '../../sim/index.ts';
import { measureIds } from '../../sim/index.ts';
import { wallClockOf } from '../../review/wallClock.ts';
import { inLocalTime } from '../export/localTimestamp.ts';
import { listText } from '../listText.ts';

/** A wall-clock time as the hall reads it, in this computer's time zone: 2026-11-28 14:05. */
export function finishedAtText(iso: string): string {
  if (Number.isNaN(Date.parse(iso))) return iso;
  const { date, time } = wallClockOf(inLocalTime(iso));
  return `${date} ${time}`;
}

/** How a rehearsal was played; self-training brought from a trainee's device also says who, and with hints or in a test. */
export function modeText(lang: Language, mode: 'hall' | 'training', team: string | null, trainee?: { name: string; mode: 'coached' | 'test' }): string {
  if (mode === 'hall') return ui(lang, 'rehearsals.mode.hall');
  const played = ui(lang, 'rehearsals.mode.training', { team: team ?? '—' });
  return trainee ? `${played} · ${ui(lang, `progress.entry.${trainee.mode}`, { name: trainee.name })}` : played;
}

export function ratingTitle(lang: Language, rating: Rating): string {
  return ui(lang, `rehearsals.rating.${rating}`);
}

export function vetoesText(lang: Language, vetoes: readonly VetoId[]): string {
  return vetoes.length === 0 ? ui(lang, 'rehearsals.none') : listText(lang, vetoes.map((v) => ui(lang, `rehearsals.veto.${v}`)));
}

/** The name of the measure a finding came from; an id this version does not know is shown as it is. */
export function measureText(lang: Language, item: string): string {
  const known = (measureIds as readonly string[]).includes(item);
  return known ? ui(lang, `rehearsals.measure.${item as (typeof measureIds)[number]}`) : item;
}

/** One line per problem, naming the entry (and the field where it matters), in the reader's language: the English
 *  particulars are shown only to an English reader. */
export function problemLines(lang: Language, problems: readonly EntryProblem[]): string[] {
  return problems.map((p) => ui(lang, `rehearsals.problemKind.${p.kind}`, { entry: p.entry === '(file)' ? ui(lang, 'rehearsals.theFile') : p.entry, field: p.field, problem: p.problem }));
}
