// The findings: each problem found, with its corrective action, the team that owns it and the deadline in days,
// and a button sending it to the hazard ledger.
import { ui } from '../../i18n/ui/uiText.ts';
import { findingAction, findingProblem } from '../../i18n/findingText.ts';
import type { DrillScore, Finding } from '../../sim/index.ts';
import { button, h } from '../buildElement.ts';
import type { ReviewContext } from './reviewContext.ts';

/** `send`: each finding gets a button sending it to the hazard ledger (the review asks; the app's ledger decides). */
export function findingsList(ctx: ReviewContext, score: DrillScore, send?: (finding: Finding) => void): HTMLElement {
  const { lang } = ctx;
  return h('section', { attrs: { 'data-testid': 'review-findings' } }, [
    h('h3', {}, [ui(lang, 'review.findings')]),
    score.findings.length === 0 ? h('p', { className: 'muted' }, [ui(lang, 'review.noFindings')])
      : h('ol', { className: 'findings' }, score.findings.map((f, n) => h('li', {}, [
        h('span', { className: 'problem' }, [findingProblem(ctx.drill.world, lang, f)]), ' → ',
        h('span', { className: 'action' }, [ui(lang, 'review.finding.action', { action: findingAction(lang, f) })]),
        h('div', { className: 'owner muted' }, [ui(lang, 'review.finding.owner', { owner: ctx.name(f.owner), days: f.deadlineDays })]),
        send ? button(ui(lang, 'ledger.finding.send'), () => send(f), { attrs: { 'data-testid': `send-finding-${n}` } }) : null,
      ]))),
  ]);
}
