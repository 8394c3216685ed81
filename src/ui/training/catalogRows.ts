// The micro-drills' catalog as rows, grouped by role in the order self-training lists its roles: each row's title,
// learning goal, the rule it trains, its factors and length, and the address that starts it on the device. Names
// only, in the chosen language.
import { durationText } from '../../i18n/clock.ts';
import type { Language } from '../../i18n/translate.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import type { TrainingRole } from '../../sim/index.ts';
import { trainingRoles } from '../../sim/index.ts';
import type { DrillSpeed } from '../app/DrillClock.ts';
import type { CatalogEntry } from '../app/scenarioCatalog.ts';
import { listText } from '../listText.ts';
import type { TrainingMode } from './trainingResult.ts';

/** The speed a micro-drill starts at: 30–90 minutes of drill in 6–18 minutes of play (the trainee may go faster). */
export const trainingSpeed: DrillSpeed = 5;

export interface CatalogRow { id: string; title: string; team: string; goal: string; rule: string; meta: string }
export interface RoleGroup { role: TrainingRole; name: string; rows: CatalogRow[] }

/** The address of the seat that plays micro-drill `id` as `team` on this device. */
export function trainingHref(row: { id: string; team: string }, mode: TrainingMode, lang: Language): string {
  const params = new URLSearchParams({ screen: 'seat', scenario: row.id, team: row.team, coach: mode, speed: String(trainingSpeed), lang });
  return `?${params.toString()}`;
}

/** Every loadable micro-drill, by role (roles with none are left out); within a role in the entries' order. */
export function catalogGroups(entries: readonly CatalogEntry[], lang: Language): RoleGroup[] {
  const rows = entries.flatMap((entry) => {
    const s = entry.scenario;
    const training = s?.training;
    if (!s || !training || entry.problems) return [];
    const factors = listText(lang, [...new Set(s.incidents.map((i) => i.factor))].map((f) => ui(lang, `factor.${f}`)));
    const row: CatalogRow = {
      id: s.id, team: training.team,
      title: lang === 'zh' ? s.titleZh : s.titleEn,
      goal: ui(lang, 'coach.catalog.goal', { goal: lang === 'zh' ? training.learningGoalZh : training.learningGoalEn }),
      rule: ui(lang, 'coach.catalog.rule', { rule: lang === 'zh' ? training.ruleZh : training.ruleEn }),
      meta: ui(lang, 'coach.catalog.meta', { factors, duration: durationText(lang, s.durationS), playMin: Math.round(s.durationS / trainingSpeed / 60), speed: trainingSpeed }),
    };
    return [{ role: training.role, row }];
  });
  return trainingRoles.map((role) => ({ role, name: ui(lang, `training.role.${role}`), rows: rows.filter((r) => r.role === role).map((r) => r.row) }))
    .filter((group) => group.rows.length > 0);
}
