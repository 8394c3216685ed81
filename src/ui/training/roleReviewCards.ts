// The role's review on the phone, headless: the score and whether it passed, the role's own vetoes, then each duty
// under what went well (done in time) or what to do differently (late or never), each with the rule behind it.
// Worded by src/i18n/training (names only, never ids).
import type { Language } from '../../i18n/translate.ts';
import { dutyLines } from '../../i18n/training/roleReviewText.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import type { DrillScore, World } from '../../sim/index.ts';
import { displayName } from '../displayName.ts';

/** One duty: its verdict, the figures behind it (a report's missing elements, the share moved), the rule. */
export interface DutyNote { verdict: string; details: string[]; rule: string }

export interface RoleReview {
  /** The role and the team played, e.g. 村干部 · 上岭村. */
  who: string;
  score: string;
  passed: boolean;
  verdict: string;
  vetoes: string[];
  well: DutyNote[];
  differently: DutyNote[];
}

export function roleReview(world: World, score: DrillScore, team: string, lang: Language): RoleReview {
  const kind = world.drill.scenario.training?.role;
  const teamName = displayName(world, team, lang);
  const notes = (score.role?.duties ?? []).map((duty) => {
    const lines = dutyLines(world, duty, lang, true);
    return { onTime: duty.verdict === 'onTime', note: { verdict: lines[0] ?? '', details: lines.slice(1, -1), rule: lines.at(-1) ?? '' } };
  });
  const passed = score.conclusion !== 'fail';
  return {
    who: kind ? `${ui(lang, `training.role.${kind}`)} · ${teamName}` : teamName,
    score: ui(lang, 'coach.review.score', { total: score.total }),
    passed,
    verdict: ui(lang, passed ? 'coach.review.passed' : 'coach.review.failed'),
    vetoes: score.vetoes.map((v) => ui(lang, 'training.result.veto', { why: ui(lang, `rehearsals.veto.${v.veto}`) })),
    well: notes.filter((n) => n.onTime).map((n) => n.note),
    differently: notes.filter((n) => !n.onTime).map((n) => n.note),
  };
}
