// Grade of a production-safety accident (一般/较大/重大/特别重大) from deaths, serious injuries and direct loss.
import { requireAtLeast, requireCount } from './rangeGuards';

/** 一般 general, 较大 larger, 重大 major, 特别重大 especially major. */
export type AccidentGrade = 'general' | 'larger' | 'major' | 'especially-major';

/** Consequences of one accident. */
export interface AccidentConsequences {
  deaths: number;
  /** Serious injuries, counting acute industrial poisoning. */
  seriousInjuries: number;
  /** Direct economic loss, yuan. */
  directLossYuan: number;
}

/** Lower bounds (以上, inclusive) of each grade above 一般, highest first. */
const GRADE_FLOORS: readonly { grade: AccidentGrade; deaths: number; seriousInjuries: number; lossYuan: number }[] = [
  { grade: 'especially-major', deaths: 30, seriousInjuries: 100, lossYuan: 100_000_000 },
  { grade: 'major', deaths: 10, seriousInjuries: 50, lossYuan: 50_000_000 },
  { grade: 'larger', deaths: 3, seriousInjuries: 10, lossYuan: 10_000_000 },
];

/**
 * Accident grade: 特别重大 at ≥ 30 deaths, ≥ 100 serious injuries or ≥ 1亿 yuan; 重大 at ≥ 10, ≥ 50 or ≥ 5000万;
 * 较大 at ≥ 3, ≥ 10 or ≥ 1000万; otherwise 一般. 以上 includes the number and 以下 excludes it, and the highest grade
 * that any one criterion reaches wins. Never falls as any count rises.
 * Source: 《生产安全事故报告和调查处理条例》 (国务院令第493号, 2007) Art. 3; acute industrial poisoning counts as 重伤.
 * An accident with no casualties or loss is 一般. Throws RangeError for counts that are not whole numbers ≥ 0, or a
 * negative or non-finite loss.
 */
export function accidentGrade(consequences: AccidentConsequences): AccidentGrade {
  const deaths = requireCount('deaths', consequences.deaths);
  const injuries = requireCount('seriousInjuries', consequences.seriousInjuries);
  const lossYuan = requireAtLeast('directLossYuan', consequences.directLossYuan, 0);
  const reached = GRADE_FLOORS.find((f) => deaths >= f.deaths || injuries >= f.seriousInjuries || lossYuan >= f.lossYuan);
  return reached?.grade ?? 'general';
}
