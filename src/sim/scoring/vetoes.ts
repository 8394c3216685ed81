// The one-vote vetoes (一票否决): concealment, a false report, or deaths where nobody was moved out (or, under a
// toxic plume, told to shelter indoors) in time.
// Each tripped veto fails the drill whatever its points, so hiding bad news never pays.
import type { VetoId } from './measureIds.ts';
import { shelteredInPlace } from './protectionMeasures.ts';
import type { ScoringContext } from './scoringContext.ts';
import { tollAt } from './truthTimeline.ts';

export interface TrippedVeto { veto: VetoId; incident: string; why: { zh: string; en: string } }

function deathsWithoutEvacuation(ctx: ScoringContext): TrippedVeto[] {
  return ctx.drill.scenario.incidents.flatMap((incident) => {
    const truth = ctx.truths.get(incident.id)!;
    if (truth.firstHarmS === null || tollAt(truth, ctx.record.endS).deadCount === 0 || incident.villagesAtRisk.length === 0) return [];
    const ordered = ctx.record.events.some((e) => e.type === 'evacuation.ordered' && e.timeS <= truth.firstHarmS! && incident.villagesAtRisk.includes(e.village))
      || incident.villagesAtRisk.some((village) => shelteredInPlace(ctx, incident, village, truth.firstHarmS!));
    return ordered ? [] : [{ veto: 'deathsWithoutEvacuation' as const, incident: incident.id,
      why: { zh: `${incident.id}：有人死亡，而受威胁村庄事前未组织转移或就地避险`, en: `${incident.id}: people died and the villages at risk were never told to move or shelter` } }];
  });
}

export function trippedVetoes(ctx: ScoringContext): TrippedVeto[] {
  const tripped: TrippedVeto[] = [];
  for (const r of ctx.reporting) {
    if (r.concealed) tripped.push({ veto: 'concealment', incident: r.incident, why: { zh: `${r.incident}：瞒报`, en: `${r.incident}: concealed from the county` } });
    if (r.untrue.some((u) => u.why.some((w) => /^(deaths|injured|missing) /.test(w)))) {
      tripped.push({ veto: 'falseReport', incident: r.incident, why: { zh: `${r.incident}：伤亡人数谎报`, en: `${r.incident}: casualties misreported` } });
    }
  }
  tripped.push(...deathsWithoutEvacuation(ctx));
  return tripped.filter((t) => ctx.rubric.vetoes.includes(t.veto));
}
