// A micro-drill's score in words: the result, the vetoes that are the role's own, then each duty — what went well or
// what to do differently — with the rule behind it. Names only, never ids.
import type { Drill, DrillScore, OrderFeedback, World } from '../../sim/index.ts';
import { contentName } from '../contentName.ts';
import type { Language } from '../translate.ts';
import { ui } from '../ui/uiText.ts';

type DutyReview = NonNullable<DrillScore['role']>['duties'][number];

const minutes = (s: number) => Math.round(s / 60);

function dutyName(drill: Drill, item: string): { zh: string; en: string } {
  const found = drill.rubric.capabilities.flatMap((c) => c.items).find((i) => i.id === item);
  return found ? { zh: found.nameZh, en: found.nameEn } : { zh: item, en: item };
}

/**
 * One duty's verdict and the rule behind it, as two or three lines. `plain` leaves out the verdict's own
 * "went well" / "to do differently" (for a review that sorts the duties under those headings).
 */
export function dutyLines(world: World, duty: DutyReview, language: Language, plain = false): string[] {
  const item = world.drill.rubric.capabilities.flatMap((c) => c.items).find((i) => i.id === duty.item);
  const withinMin = minutes(item?.duty?.withinS ?? 0);
  const params = { duty: dutyName(world.drill, duty.item), doneMin: minutes(duty.doneS ?? 0), dueMin: minutes(duty.dueS), withinMin };
  const lines = [ui(language, plain ? `coach.verdict.${duty.verdict}` : `training.verdict.${duty.verdict}`, params)];
  if (typeof duty.params.missing === 'string' && duty.params.missing !== '') lines.push(ui(language, 'training.verdict.missing', { missing: duty.params.missing }));
  if (duty.kind === 'moved') lines.push(ui(language, 'training.verdict.moved', { movedPct: duty.params.movedPct ?? 0, expectedPct: duty.params.expectedPct ?? 0 }));
  lines.push(ui(language, 'training.rule.label', { rule: ui(language, `training.rule.${duty.rule}`) }));
  return lines;
}

/** The whole review of a role's score: result, vetoes, duties. */
export function roleReviewLines(world: World, score: DrillScore, language: Language): string[] {
  const role = score.role;
  if (!role) return [];
  const kind = world.drill.scenario.training?.role;
  const params = { role: kind ? ui(language, `training.role.${kind}`) : contentName(world, role.team)[language], team: contentName(world, role.team), total: score.total };
  const lines = [ui(language, score.conclusion === 'fail' ? 'training.result.fail' : 'training.result.pass', params)];
  for (const veto of score.vetoes) lines.push(ui(language, 'training.result.veto', { why: ui(language, `rehearsals.veto.${veto.veto}`) }));
  for (const duty of role.duties) lines.push(...dutyLines(world, duty, language).map((l, i) => (i === 0 ? `· ${l}` : `    ${l}`)));
  return lines;
}

/** The immediate feedback after a trainee's order: what it did for the role's duties and the rule behind each. */
export function orderFeedbackLines(world: World, feedback: readonly OrderFeedback[], language: Language): string[] {
  if (feedback.length === 0) return [ui(language, 'training.feedback.none')];
  return feedback.flatMap((f) => [
    ui(language, f.inTime ? 'training.feedback.inTime' : 'training.feedback.late', { duty: dutyName(world.drill, f.item), dueMin: minutes(f.dueS ?? 0) }),
    ui(language, 'training.rule.label', { rule: ui(language, `training.rule.${f.rule}`) }),
  ]);
}
