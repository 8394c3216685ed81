// Scores a drill: a pure function of the drill, its record and a rubric (plus, optionally, the record of a
// no-response run on the same seed). Points are summed unrounded and rounded once, at the end.
import { drillAsPlayed } from '../curveballs/drillAsPlayed.ts';
import type { DrillRecord } from '../record.ts';
import { replay } from '../replay.ts';
import type { Drill } from '../scenario/loadDrill.ts';
import type { SimState } from '../state/simState.ts';
import { measures } from './measures.ts';
import { deathsAt, harmAt } from './outcomeMeasures.ts';
import { auditReporting } from './reportAudit.ts';
import type { Rubric } from './rubricSchema.ts';
import type { Scorecard } from './scorecards.ts';
import { scorecards } from './scorecards.ts';
import type { Finding, ScoringContext } from './scoringContext.ts';
import { truthOf } from './truthTimeline.ts';
import type { DutyReview } from './roleDuties.ts';
import { roleFor, roleReview } from './roleScope.ts';
import type { TrippedVeto } from './vetoes.ts';
import { trippedVetoes } from './vetoes.ts';

export type Rating = 'P' | 'S' | 'M' | 'U';
export type Conclusion = 'excellent' | 'good' | 'pass' | 'fail';

export interface DrillScore {
  rubric: string;
  /** 0–100 over the items that applied, one decimal. */
  total: number;
  conclusion: Conclusion;
  vetoes: TrippedVeto[];
  capabilities: { id: string; nameZh: string; nameEn: string; earned: number; possible: number; rating: Rating | null;
    items: { id: string; measure: string; applicable: boolean; earned: number; possible: number }[] }[];
  scorecards: Scorecard[];
  findings: Finding[];
  /** A role rubric's verdict on each of the trained team's duties (what went well, what to do differently, the rule). */
  role?: { team: string; duties: DutyReview[] };
}

/** The measures read the drill as played (curveballs included); replays start from the drill as loaded, since the
 *  record's own orders add the curveballs again. */
function contextFor(drill: Drill, record: DrillRecord, rubric: Rubric, others: { baseline?: DrillRecord | undefined; plan?: DrillRecord | undefined; role: string | null }): ScoringContext {
  const played = drillAsPlayed(drill, record);
  const ids = played.scenario.incidents.map((i) => i.id);
  const truths = truthOf(record, ids);
  const reporting = auditReporting(played, record, truths, rubric, others.role);
  const states = new Map<number, SimState>();
  const harmIn = (other: DrillRecord | undefined) => (other ? harmAt(truthOf(other, ids), other.endS) : null);
  return {
    drill: played, record, rubric, truths,
    reporting,
    role: others.role,
    stateAt(timeS) {
      const known = states.get(timeS);
      if (known) return known;
      const state = replay(drill, record.seed, record, Math.min(timeS, record.endS)).snapshot();
      states.set(timeS, state);
      return state;
    },
    baselineHarm: harmIn(others.baseline),
    planHarm: harmIn(others.plan),
    baselineDeaths: others.baseline ? deathsAt(truthOf(others.baseline, ids), others.baseline.endS) : null,
    planRecord: others.plan ?? null,
  };
}

function ratingOf(rubric: Rubric, share: number): Rating {
  return share >= rubric.psmu.P ? 'P' : share >= rubric.psmu.S ? 'S' : share >= rubric.psmu.M ? 'M' : 'U';
}

/**
 * `baseline`: the record of a no-response run on the same seed (for lives saved); `plan`: of the scenario's reference
 * plan on the same seed (for the outcome against it). Measures that need one that is missing do not apply.
 */
export function scoreDrill(options: { drill: Drill; record: DrillRecord; rubric: Rubric; baseline?: DrillRecord; plan?: DrillRecord; role?: string }): DrillScore {
  const { drill, record, rubric } = options;
  const role = roleFor(rubric, options.role, drill.scenario.training?.team);
  const ctx = contextFor(drill, record, rubric, { baseline: options.baseline, plan: options.plan, role });
  const findings: Finding[] = [];
  const capabilities = rubric.capabilities.map((capability) => {
    const items = capability.items.map((item) => {
      const result = measures[item.measure](ctx, item);
      if (result.applicable) findings.push(...result.findings);
      return { id: item.id, measure: item.measure, applicable: result.applicable, earned: result.applicable ? result.share * item.points : 0, possible: result.applicable ? item.points : 0 };
    });
    const earned = items.reduce((n, i) => n + i.earned, 0);
    const possible = items.reduce((n, i) => n + i.possible, 0);
    return { id: capability.id, nameZh: capability.nameZh, nameEn: capability.nameEn, earned, possible, rating: possible > 0 ? ratingOf(rubric, earned / possible) : null, items };
  });
  const earned = capabilities.reduce((n, c) => n + c.earned, 0);
  const possible = capabilities.reduce((n, c) => n + c.possible, 0);
  const total = possible > 0 ? Math.round((1000 * earned) / possible) / 10 : 0;
  const vetoes = trippedVetoes(ctx);
  const { excellent, good, pass } = rubric.conclusions;
  const banded: Conclusion = total < pass ? 'fail' : total >= excellent ? 'excellent' : total >= good ? 'good' : 'pass';
  const order: Conclusion[] = ['fail', 'pass', 'good', 'excellent'];
  const capped = vetoes.reduce((best, v) => Math.min(best, order.indexOf(v.capsAt ?? 'fail')), order.indexOf(banded));
  const conclusion = order[capped]!;
  return { rubric: rubric.id, total, conclusion, vetoes, capabilities, scorecards: scorecards(ctx), findings, ...(role === null ? {} : { role: roleReview(ctx, role) }) };
}
