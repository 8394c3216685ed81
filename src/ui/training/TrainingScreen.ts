// A micro-drill on the phone: the team's seat (map full width on top, the cards as tabs) with, between the map and
// the tabs, the clock's controls and the coach — the card that asks at a decision point (the clock waits), the
// feedback on the last order, and at the end the role's review. Large buttons, no hover, no Esc, no right-click.
// It only shows the session and passes the trainee's taps on.
import type { Language } from '../../i18n/translate.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import { button, fill, h } from '../buildElement.ts';
import type { DrillSpeed } from '../app/DrillClock.ts';
import { SeatScreen } from '../seat/SeatScreen.ts';
import { trainingHref } from './catalogRows.ts';
import type { DecisionCard, FeedbackCard } from './coachCards.ts';
import { decisionCard, feedbackCard } from './coachCards.ts';
import type { CoachSession } from './CoachSession.ts';
import { roleReview } from './roleReviewCards.ts';
import type { Speech } from './speakAloud.ts';
import { speakAloud } from './speakAloud.ts';
import { trainingReviewView } from './trainingReviewView.ts';
import './training.css';

/** The speeds a trainee can choose on the phone. */
const trainingSpeeds: readonly DrillSpeed[] = [5, 10, 30, 60];

export class TrainingScreen {
  private readonly seatScreen: SeatScreen;
  private readonly controls = h('div', { className: 'coach-controls', attrs: { 'data-testid': 'coach-controls' } });
  private readonly box = h('div', { className: 'coach-box', attrs: { 'aria-live': 'polite', 'data-testid': 'coach-box' } });
  private shownKey = '';
  private shownArrival = '';
  private readonly stop: () => void;

  constructor(private readonly session: CoachSession, private readonly language: Language, private readonly speech: Speech | null, actions: { setLanguage(lang: Language): void }) {
    this.seatScreen = new SeatScreen(session.seat, language, { setLanguage: (lang) => actions.setLanguage(lang), leave: () => session.leave() }, [this.controls, this.box]);
    this.seatScreen.element.classList.add('training-seat');
    this.stop = session.subscribe(() => this.render());
    this.render();
  }

  get element(): HTMLElement { return this.seatScreen.element; }

  dispose(): void {
    this.stop();
    this.seatScreen.dispose();
  }

  private render(): void {
    const { session } = this;
    const seat = session.seat;
    const card = session.card();
    const given = session.given();
    const score = session.score();
    const key = JSON.stringify([seat.running(), seat.speed(), card?.id ?? null, given?.atS ?? null, given?.order ?? null, score?.total ?? null, seat.ended()]);
    if (key === this.shownKey) return;
    // A new card or the review is brought into sight (below the map on a phone, below the fold on a laptop).
    const arrived = JSON.stringify([card?.id ?? null, score?.total ?? null]) !== this.shownArrival;
    this.shownArrival = JSON.stringify([card?.id ?? null, score?.total ?? null]);
    this.shownKey = key;
    this.renderControls(card !== null || seat.ended());
    const view = seat.view();
    const lang = this.language;
    if (score) {
      const row = { id: seat.drill.scenario.id, team: session.team };
      fill(this.box, [trainingReviewView(roleReview(seat.world, score, session.team, lang), { again: trainingHref(row, 'coached', lang), test: trainingHref(row, 'test', lang), catalog: `?mode=training&lang=${lang}` }, lang)]);
    } else if (seat.ended()) fill(this.box, [h('p', { className: 'coach-card' }, [ui(lang, 'coach.end.scoring')])]);
    else if (card) fill(this.box, [this.decisionElement(decisionCard(seat.world, card, view, lang, session.mode))]);
    else {
      const feedback = given ? feedbackCard(seat.world, given, lang, session.mode) : null;
      fill(this.box, feedback ? [this.feedbackElement(feedback)] : []);
    }
    if (arrived && (card || score)) this.box.scrollIntoView({ block: 'nearest' });
  }

  private renderControls(held: boolean): void {
    const lang = this.language;
    const seat = this.session.seat;
    fill(this.controls, [
      h('p', { className: 'coach-mode', attrs: { 'data-testid': 'coach-mode' } }, [ui(lang, `coach.mode.${this.session.mode}`)]),
      held ? null : seat.running()
        ? button(ui(lang, 'coach.pause'), () => seat.pause(), { attrs: { 'data-testid': 'coach-pause' } })
        : button(ui(lang, 'coach.resume'), () => seat.resume(), { className: 'primary', attrs: { 'data-testid': 'coach-resume' } }),
      ...(seat.ended() ? [] : trainingSpeeds.map((speed) => button(`×${speed}`, () => seat.setSpeed(speed), {
        className: speed === seat.speed() ? 'active' : '', attrs: { 'aria-pressed': String(speed === seat.speed()), 'aria-label': `${ui(lang, 'coach.speed')} ×${speed}`, 'data-testid': `coach-speed-${speed}` },
      }))),
    ]);
  }

  private speakButton(text: string): HTMLElement {
    const lang = this.language;
    if (!this.speech) return button(ui(lang, 'coach.card.speakMissing'), () => undefined, { attrs: { disabled: '', 'data-testid': 'coach-speak' } });
    return button(ui(lang, 'coach.card.speak'), () => speakAloud(this.speech, text, lang), { attrs: { 'data-testid': 'coach-speak' } });
  }

  private decisionElement(card: DecisionCard): HTMLElement {
    const lang = this.language;
    return h('article', { className: 'coach-card', attrs: { 'data-testid': 'coach-card' } }, [
      h('h3', {}, [card.title]),
      h('p', { className: 'seat-sub' }, [ui(lang, 'coach.card.facts')]),
      h('ul', { attrs: { 'data-testid': 'coach-facts' } }, card.facts.map((f) => h('li', {}, [f]))),
      h('p', { className: 'coach-question' }, [card.question]),
      card.hint ? h('p', { className: 'coach-hint', attrs: { 'data-testid': 'coach-hint' } }, [card.hint]) : null,
      h('div', { className: 'seat-buttons' }, [
        button(ui(lang, 'coach.card.continue'), () => this.session.goOn(), { className: 'primary', attrs: { 'data-testid': 'coach-continue' } }),
        this.speakButton(card.speech),
      ]),
    ]);
  }

  private feedbackElement(card: FeedbackCard): HTMLElement {
    const lang = this.language;
    return h('article', { className: 'coach-card feedback', attrs: { 'data-testid': 'coach-feedback' } }, [
      h('h3', {}, [card.title]),
      ...card.changed.map((line) => h('p', {}, [line])),
      ...card.duties.map((line) => h('p', {}, [line])),
      h('div', { className: 'seat-buttons' }, [
        button(ui(lang, 'coach.feedback.close'), () => this.session.dismissFeedback(), { className: 'primary', attrs: { 'data-testid': 'coach-feedback-close' } }),
        this.speakButton(card.speech),
      ]),
    ]);
  }
}
