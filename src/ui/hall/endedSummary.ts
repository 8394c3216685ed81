// The end of a hall drill as the director's screen (and the phones) show it: the score, its conclusion and each
// team's card — orders given and refused, reports filed — by name; and on the director's and evaluators' screens
// (`withNotes`), the evaluators' notes (the room sends them to no one else).
import type { Language } from '../../i18n/translate.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import type { EndedMessage } from '../../hall/protocol.ts';
import type { World } from '../../sim/index.ts';
import { h } from '../buildElement.ts';
import type { Child } from '../buildElement.ts';
import { displayName } from '../displayName.ts';
import { notesList } from './notesList.ts';

export function endedSummary(world: World, lang: Language, ended: EndedMessage, withNotes = false): Child[] {
  const notes = withNotes ? [h('h3', {}, [ui(lang, 'hall.notes.title')]), notesList(lang, ended.notes, 'hall-notes')] : [];
  const score = ended.score;
  if (!score) return [h('h2', { attrs: { 'data-testid': 'hall-ended' } }, [ui(lang, 'hall.ended')]), ...notes];
  return [
    h('h2', { attrs: { 'data-testid': 'hall-ended' } }, [ui(lang, 'hall.ended.score', { total: score.total, conclusion: ui(lang, `score.conclusion.${score.conclusion}`) })]),
    h('ul', { className: 'seat-list', attrs: { 'data-testid': 'hall-scorecards' } }, score.scorecards.map((card) => h('li', { attrs: { 'data-testid': `hall-scorecard-${card.team}` } }, [
      ui(lang, 'hall.ended.team', { team: displayName(world, card.team, lang), orders: card.ordersGiven, refused: card.ordersRefused, reports: card.reportsFiled }),
    ]))),
    ...notes,
  ];
}
