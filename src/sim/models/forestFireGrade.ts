// Grade of a forest fire (一般/较大/重大/特别重大) from burned forest area, deaths and serious injuries.
import type { AccidentGrade } from './accidentGrade';
import { requireAtLeast, requireCount } from './rangeGuards';

/** What a forest fire did. */
export interface ForestFireConsequences {
  /** Burned forest area (受害森林面积), hectares. */
  burnedForestHa: number;
  deaths: number;
  seriousInjuries: number;
}

/** Lower bounds (以上, inclusive) of each grade above 一般, highest first. */
const GRADE_FLOORS: readonly { grade: AccidentGrade; areaHa: number; deaths: number; seriousInjuries: number }[] = [
  { grade: 'especially-major', areaHa: 1000, deaths: 30, seriousInjuries: 100 },
  { grade: 'major', areaHa: 100, deaths: 10, seriousInjuries: 50 },
  { grade: 'larger', areaHa: 1, deaths: 3, seriousInjuries: 10 },
];

/**
 * Forest-fire grade: 特别重大 at ≥ 1000 ha, ≥ 30 deaths or ≥ 100 serious injuries; 重大 at ≥ 100 ha, ≥ 10 or ≥ 50;
 * 较大 at ≥ 1 ha, ≥ 3 or ≥ 10; otherwise 一般 (under 1 ha, or other forest land burning). 以上 includes the number
 * and 以下 excludes it; the highest grade any criterion reaches wins. Source: 《森林防火条例》 (2008) Art. 40.
 * Throws RangeError for a negative or non-finite area, or counts that are not whole numbers ≥ 0.
 */
export function forestFireGrade(consequences: ForestFireConsequences): AccidentGrade {
  const areaHa = requireAtLeast('burnedForestHa', consequences.burnedForestHa, 0);
  const deaths = requireCount('deaths', consequences.deaths);
  const injuries = requireCount('seriousInjuries', consequences.seriousInjuries);
  const reached = GRADE_FLOORS.find((f) => areaHa >= f.areaHa || deaths >= f.deaths || injuries >= f.seriousInjuries);
  return reached?.grade ?? 'general';
}
