// What coaching says, headless: the card that asks at a decision point — the facts the role knows (the micro-drill's
// own words, then the incidents in the team's view with the figures it was given, never the truth), the question and,
// in a coached run, the hint — and the feedback after an order: what it changed and which of the role's duties it
// carried out, with the rule behind each. A test run gets the card without its hint and no feedback at all.
import { clockAt } from '../../i18n/clock.ts';
import { describeEvent } from '../../i18n/describeEvent.ts';
import type { Language } from '../../i18n/translate.ts';
import { orderFeedbackLines } from '../../i18n/training/roleReviewText.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import type { DecisionPoint, OrderFeedback, SimEvent, TeamView, World } from '../../sim/index.ts';
import { displayName } from '../displayName.ts';
import type { TrainingMode } from './trainingResult.ts';

export interface DecisionCard { title: string; facts: string[]; question: string; hint: string | null; speech: string }
export interface FeedbackCard { title: string; changed: string[]; duties: string[]; speech: string }

/** At most this many lines of what an order changed (an evacuation of a whole village says a lot). */
const changedLines = 3;

const hhmm = (world: World, s: number): string => clockAt(world.drill.scenario.start, s).slice(0, 5);

/** The incidents the team knows, as the team knows them. */
export function knownFacts(world: World, view: TeamView, lang: Language): string[] {
  if (view.incidents.length === 0) return [ui(lang, 'coach.known.none')];
  return view.incidents.map((i) => ui(lang, 'coach.known.incident', {
    incident: displayName(world, i.id, lang), factor: ui(lang, `factor.${i.factor}` as 'factor.fire'), since: hhmm(world, i.knownSinceS),
    figures: i.casualties ? ui(lang, 'seat.incident.figures', { deaths: i.casualties.deaths, injured: i.casualties.injured, missing: i.casualties.missing }) : ui(lang, 'seat.incident.noFigures'),
  }));
}

export function decisionCard(world: World, point: DecisionPoint, view: TeamView, lang: Language, mode: TrainingMode): DecisionCard {
  const zh = lang === 'zh';
  const facts = [zh ? point.factsZh : point.factsEn, ...knownFacts(world, view, lang)];
  const question = zh ? point.questionZh : point.questionEn;
  const hint = mode === 'coached' ? ui(lang, 'coach.card.hint', { hint: zh ? point.hintZh : point.hintEn }) : null;
  return { title: ui(lang, 'coach.card.title', { time: hhmm(world, point.atS) }), facts, question, hint, speech: [...facts, question, ...(hint ? [hint] : [])].join(zh ? '。' : '. ') };
}

/** The feedback on an accepted order of the trainee's, or null in a test run (feedback waits for the review). */
export function feedbackCard(world: World, given: { atS: number; feedback: readonly OrderFeedback[]; events: readonly SimEvent[] }, lang: Language, mode: TrainingMode): FeedbackCard | null {
  if (mode === 'test') return null;
  const changed = given.events.slice(0, changedLines).map((e) => ui(lang, 'coach.feedback.changed', { what: describeEvent(world, e, lang) }));
  const duties = orderFeedbackLines(world, given.feedback, lang);
  return { title: ui(lang, 'coach.feedback.title', { time: hhmm(world, given.atS) }), changed, duties, speech: [...changed, ...duties].join(lang === 'zh' ? '。' : '. ') };
}
