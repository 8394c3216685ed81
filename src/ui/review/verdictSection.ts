// The review's head: the total out of 100, the conclusion (优秀/良好/合格/不合格), the vetoes in red, and the
// drill's toll in one line — or, until the score arrives, a "scoring…" note, or the reason scoring failed.
import { ui } from '../../i18n/ui/uiText.ts';
import { findingProblem } from '../../i18n/findingText.ts';
import { conclusionText } from '../../review/scoreWords.ts';
import type { DrillScore } from '../../sim/index.ts';
import { h } from '../buildElement.ts';
import type { ReviewContext } from './reviewContext.ts';
import { refusedTraineeOrders } from '../../review/refusedOrders.ts';

export type ScoreStatus = { kind: 'scoring' } | { kind: 'failed'; message: string } | { kind: 'scored'; score: DrillScore };

function tollLine(ctx: ReviewContext): string {
  const { state, record } = ctx.drill;
  return ui(ctx.lang, 'review.toll', {
    dead: state.casualties.deadCount, injured: state.casualties.injuredCount, missing: state.casualties.missingCount,
    moved: state.villages.reduce((n, v) => n + v.movedCount, 0), vulnerable: state.villages.reduce((n, v) => n + v.movedVulnerableCount, 0),
    orders: record.orders.length, refused: refusedTraineeOrders(record).length,
  });
}

export function verdictSection(ctx: ReviewContext, status: ScoreStatus): HTMLElement {
  const { lang } = ctx;
  const rubric = ctx.drill.world.drill.rubric;
  const body = status.kind === 'scoring' ? [h('p', { className: 'scoring', attrs: { 'data-testid': 'review-scoring', role: 'status' } }, [ui(lang, 'review.scoring')])]
    : status.kind === 'failed' ? [h('p', { className: 'failed', attrs: { 'data-testid': 'review-failed', role: 'alert' } }, [ui(lang, 'review.failed', { message: status.message })])]
      : [
        h('p', { className: `verdict ${status.score.conclusion}`, attrs: { 'data-testid': 'review-verdict' } }, [
          h('strong', { className: 'total' }, [ui(lang, 'review.total', { total: status.score.total })]), ' · ',
          h('strong', { className: 'conclusion' }, [conclusionText(lang, status.score.conclusion)]),
        ]),
        status.score.vetoes.length > 0
          ? h('div', { className: 'vetoes', attrs: { 'data-testid': 'review-vetoes' } }, [h('strong', {}, [ui(lang, 'review.vetoes')]),
            h('ul', {}, status.score.vetoes.map((v) => h('li', {}, [findingProblem(ctx.drill.world, lang, v)])))])
          : h('p', { className: 'muted' }, [ui(lang, 'review.noVetoes')]),
      ];
  return h('section', { className: 'review-verdict', attrs: { 'data-testid': 'review-summary' } }, [
    h('h3', {}, [ui(lang, 'review.verdict')]),
    ...body,
    h('p', {}, [tollLine(ctx)]),
    h('p', { className: 'muted' }, [ui(lang, 'review.rubric', { rubric: lang === 'zh' ? rubric.titleZh : rubric.titleEn })]),
  ]);
}
