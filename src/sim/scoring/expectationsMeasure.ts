// A scenario with injects but no incident is judged on what its rubric expects: villages warned at a colour by a
// time, a share of each village's people moved by a time, and reports filed by a time.
import { warningColours } from '../scenario/vocabulary.ts';
import type { Finding, MeasureResult, ScoringContext } from './scoringContext.ts';
import { mean, notApplicable } from './scoringContext.ts';

const minutes = (s: number) => Math.round(s / 60);

/** The expected reports and, for each, when it was filed (null when it was not); only those due by the end. */
export function expectedReports(ctx: ScoringContext): { by: string; byS: number; filedS: number | null }[] {
  return (ctx.rubric.expectations?.reports ?? []).map(({ by, byS }) => ({
    by, byS, filedS: ctx.record.orders.find((o) => o.rejected === null && o.order.type === 'fileReport' && o.order.by === by)?.atS ?? null,
  })).filter((r) => r.filedS !== null || ctx.record.endS > r.byS);
}

export function expectationsMet(ctx: ScoringContext): MeasureResult {
  const expected = ctx.rubric.expectations;
  if (!expected) return notApplicable;
  const findings: Finding[] = [];
  const shares: number[] = [];
  for (const w of expected.warnings.filter((x) => x.byS <= ctx.record.endS)) {
    const least = warningColours.indexOf(w.colourAtLeast);
    const warned = w.villages.filter((v) => ctx.record.events.some((e) => e.type === 'warning.issued' && e.timeS <= w.byS && e.villages.includes(v) && warningColours.indexOf(e.colour) >= least));
    for (const v of w.villages.filter((x) => !warned.includes(x))) findings.push({ item: 'expectationsMet', code: 'expected.warning', params: { village: v, colour: w.colourAtLeast, byMin: minutes(w.byS) }, owner: v, deadlineDays: 30 });
    shares.push(warned.length / w.villages.length);
  }
  for (const m of expected.moves.filter((x) => x.byS <= ctx.record.endS)) {
    const village = ctx.stateAt(m.byS).villages.find((v) => v.id === m.village);
    const population = ctx.drill.map.villages.find((v) => v.id === m.village)?.population ?? 0;
    const movedShare = !village || population === 0 ? 1 : village.movedCount / population;
    const share = Math.min(1, movedShare / Math.max(m.shareAtLeast, 1e-9));
    if (share < 1) findings.push({ item: 'expectationsMet', code: 'expected.move', params: { village: m.village, movedPct: Math.round(100 * movedShare), expectedPct: Math.round(100 * m.shareAtLeast), byMin: minutes(m.byS) }, owner: m.village, deadlineDays: 30 });
    shares.push(share);
  }
  for (const r of expectedReports(ctx)) {
    const onTime = r.filedS !== null && r.filedS <= r.byS;
    if (!onTime) findings.push({ item: 'expectationsMet', code: 'expected.report', params: { team: r.by, byMin: minutes(r.byS) }, owner: r.by, deadlineDays: 30 });
    shares.push(onTime ? 1 : 0);
  }
  if (shares.length === 0) return notApplicable;
  return { applicable: true, share: mean(shares), findings };
}
