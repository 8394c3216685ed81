// The findings: each problem found, with its corrective action, the team that owns it and the deadline in days.
import { ui } from '../../i18n/ui/uiText.ts';
import { findingAction, findingProblem } from '../../i18n/findingText.ts';
import type { DrillScore } from '../../sim/index.ts';
import { h } from '../buildElement.ts';
import type { ReviewContext } from './reviewContext.ts';

export function findingsList(ctx: ReviewContext, score: DrillScore): HTMLElement {
  const { lang } = ctx;
  return h('section', { attrs: { 'data-testid': 'review-findings' } }, [
    h('h3', {}, [ui(lang, 'review.findings')]),
    score.findings.length === 0 ? h('p', { className: 'muted' }, [ui(lang, 'review.noFindings')])
      : h('ol', { className: 'findings' }, score.findings.map((f) => h('li', {}, [
        h('span', { className: 'problem' }, [findingProblem(ctx.drill.world, lang, f)]), ' → ',
        h('span', { className: 'action' }, [ui(lang, 'review.finding.action', { action: findingAction(lang, f) })]),
        h('div', { className: 'owner muted' }, [ui(lang, 'review.finding.owner', { owner: ctx.name(f.owner), days: f.deadlineDays })]),
      ]))),
  ]);
}
