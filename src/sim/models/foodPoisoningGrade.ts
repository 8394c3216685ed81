// Food poisoning as a public-health emergency (突发公共卫生事件): its grade and when it must be reported.
import { requireCount } from './rangeGuards';

/** Response grades: Ⅳ 一般, Ⅲ 较大, Ⅱ 重大; Ⅰ 特别重大 is designated by the State Council's health department. */
export type PublicHealthLevel = 'none' | 'IV' | 'III' | 'II';

export interface OutbreakCount {
  /** People poisoned in the one event (中毒人数), the dead included. */
  casesCount: number;
  deathsCount: number;
}

/**
 * The grade of one food-poisoning event under the national public-health emergency plan (hazard-models.md §8.5):
 * Ⅱ when more than 100 are poisoned and someone died, or 10 or more died; Ⅲ when more than 100 are poisoned or
 * anyone died; Ⅳ for 30–99 poisoned with no deaths; otherwise none. "超过100人" excludes 100, so exactly 100
 * poisoned without deaths, which the plan's bands leave out, is graded Ⅳ.
 * Throws RangeError unless both counts are whole numbers ≥ 0.
 */
export function foodPoisoningLevel(count: OutbreakCount): PublicHealthLevel {
  const cases = requireCount('casesCount', count.casesCount);
  const deaths = requireCount('deathsCount', count.deathsCount);
  if ((cases > 100 && deaths >= 1) || deaths >= 10) return 'II';
  if (cases > 100 || deaths >= 1) return 'III';
  if (cases >= 30) return 'IV';
  return 'none';
}

/**
 * Whether a food poisoning has reached the information-reporting threshold (report to the county health authority
 * within 2 h): 30 or more poisoned or one death; in a collective unit (school, canteen, construction site) 5 or more
 * poisoned or one death (hazard-models.md §8.5, 以上 includes the number). Same guards as foodPoisoningLevel.
 */
export function foodPoisoningReportable(count: OutbreakCount & { collectiveUnit: boolean }): boolean {
  const cases = requireCount('casesCount', count.casesCount);
  const deaths = requireCount('deathsCount', count.deathsCount);
  return deaths >= 1 || cases >= (count.collectiveUnit ? 5 : 30);
}
