// The role's review on the phone, in large type: the score and whether it passed, the role's vetoes, what went well
// and what to do differently with the rule behind each, then the way on (again, a test, the catalog).
import type { Language } from '../../i18n/translate.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import { h } from '../buildElement.ts';
import type { DutyNote, RoleReview } from './roleReviewCards.ts';

export interface ReviewLinks { again: string; test: string; catalog: string }

function notes(list: readonly DutyNote[], none: string, testId: string): HTMLElement {
  if (list.length === 0) return h('p', { attrs: { 'data-testid': testId } }, [none]);
  return h('ol', { attrs: { 'data-testid': testId } }, list.map((n) => h('li', {}, [
    h('strong', {}, [n.verdict]), ...n.details.map((d) => h('div', {}, [d])), h('div', { className: 'coach-rule' }, [n.rule]),
  ])));
}

export function trainingReviewView(review: RoleReview, links: ReviewLinks, lang: Language): HTMLElement {
  const link = (href: string, label: string, testId: string, primary = false) =>
    h('a', { className: `button-link training-start${primary ? ' primary' : ''}`, attrs: { href, 'data-testid': testId } }, [label]);
  return h('section', { className: 'coach-review', attrs: { 'data-testid': 'coach-review' } }, [
    h('h3', {}, [ui(lang, 'coach.review.title'), ' · ', review.who]),
    h('p', { className: 'coach-score', attrs: { 'data-testid': 'coach-score' } }, [review.score]),
    h('p', { className: `coach-verdict ${review.passed ? 'passed' : 'failed'}`, attrs: { 'data-testid': 'coach-verdict' } }, [review.verdict]),
    ...review.vetoes.map((v) => h('p', { className: 'coach-verdict failed' }, [v])),
    h('h4', {}, [ui(lang, 'coach.review.well')]),
    notes(review.well, ui(lang, 'coach.review.nothingWell'), 'coach-well'),
    h('h4', {}, [ui(lang, 'coach.review.differently')]),
    notes(review.differently, ui(lang, 'coach.review.nothingDifferent'), 'coach-differently'),
    h('div', { className: 'training-buttons' }, [
      link(links.again, ui(lang, 'coach.review.again'), 'coach-again', true),
      link(links.test, ui(lang, 'coach.review.test'), 'coach-test'),
      link(links.catalog, ui(lang, 'coach.review.catalog'), 'coach-catalog'),
    ]),
  ]);
}
