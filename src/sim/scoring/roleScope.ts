// A role rubric judges the trained team alone: its own report to the level above (reportAudit.ts; judged as strictly as
// a county report: late, concealed, incomplete or untrue trips the veto); of the deaths vetoes, only a village it is
// (people of its own village left in harm's way) or an incident it leads (nobody worked on it). Another team's duty —
// the command post's county report, the forestry station's fire — never counts for or against it.
import type { DutyReview } from './roleDuties.ts';
import { judgeDuty } from './roleDuties.ts';
import type { Rubric } from './rubricSchema.ts';
import type { ScoringContext } from './scoringContext.ts';
import type { TrippedVeto } from './vetoes.ts';

/** The team a rubric judges: the caller's role for a role rubric (else the micro-drill's trainee), none for a township's. */
export function roleFor(rubric: Rubric, role: string | undefined, trainee: string | undefined): string | null {
  return rubric.scope === 'role' ? role ?? trainee ?? null : null;
}

/** The vetoes that are the role's to answer for. */
export function roleVetoes(ctx: ScoringContext, tripped: TrippedVeto[], role: string): TrippedVeto[] {
  const leads = (incident: string) => ctx.drill.scenario.incidents.find((i) => i.id === incident)?.expected.lead.includes(role) ?? false;
  return tripped.filter((t) => {
    if (t.code === 'veto.deathsVillageLeft') return t.params.village === role;
    if (t.code === 'veto.deathsNobodyWorked') return leads(t.incident);
    return t.veto !== 'deathsAsIfNoResponse';
  });
}

/** What the role did of its duties, item by item, in the rubric's order. */
export function roleReview(ctx: ScoringContext, role: string): { team: string; duties: DutyReview[] } {
  const duties = ctx.rubric.capabilities.flatMap((c) => c.items).flatMap((item) => (item.duty ? judgeDuty(ctx, item, role) ?? [] : []));
  return { team: role, duties };
}
