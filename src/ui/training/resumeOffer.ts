// The card a micro-drill's page shows when a reload (or a closed tab) left a run unfinished: which micro-drill, hints
// or test, how far it had got and how many orders the trainee had given; go on from there, or drop it and start the
// micro-drill the page was opened for. Large buttons for a phone. It only shows and asks.
import { clockAt } from '../../i18n/clock.ts';
import type { Language } from '../../i18n/translate.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import type { Drill } from '../../sim/index.ts';
import type { SavedDrill } from '../app/savedDrill.ts';
import { button, h } from '../buildElement.ts';
import './training.css';

export interface ResumeOffer {
  /** The unfinished run and its micro-drill. */
  saved: SavedDrill;
  drill: Drill;
  /** The micro-drill the page was opened for (the same one, or another). */
  asked: Drill;
}

/** The trainee's own orders the run holds (taken ones; a refused order changed nothing). */
function traineeOrders(saved: SavedDrill): number {
  return saved.record.orders.filter((o) => o.rejected === null && o.order.by === saved.team).length;
}

export function resumeOfferView(lang: Language, offer: ResumeOffer, act: { resume: () => void; fresh: () => void }): HTMLElement {
  const { saved, drill, asked } = offer;
  const title = (d: Drill) => (lang === 'zh' ? d.scenario.titleZh : d.scenario.titleEn);
  const same = asked.scenario.id === drill.scenario.id && saved.team === asked.scenario.training?.team;
  return h('section', { className: 'coach-resume', attrs: { 'data-testid': 'coach-resume-offer' } }, [
    h('h2', {}, [ui(lang, 'coach.resume.title')]),
    h('p', {}, [ui(lang, 'coach.resume.text', {
      title: title(drill), mode: ui(lang, `coach.start.${saved.coach?.mode ?? 'coached'}`),
      time: clockAt(drill.scenario.start, saved.record.endS).slice(0, 8), orders: traineeOrders(saved),
    })]),
    h('div', { className: 'seat-buttons' }, [
      button(ui(lang, 'coach.resume.go'), act.resume, { className: 'primary', attrs: { 'data-testid': 'coach-resume-go' } }),
      button(same ? ui(lang, 'coach.resume.fresh') : ui(lang, 'coach.resume.other', { title: title(asked) }), act.fresh, { attrs: { 'data-testid': 'coach-resume-fresh' } }),
    ]),
  ]);
}
