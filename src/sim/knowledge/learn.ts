// A team gains or updates its knowledge of an incident: the one place knowledge changes, and the one place the
// `knowledge.gained` event is emitted, so "when did team T first know incident I" is read from the record.
import type { SimContext } from '../simContext.ts';
import { incidentLocation, incidentSpec } from '../incidents/incidentHost.ts';
import { TeamCommandPost } from '../scenario/vocabulary.ts';
import type { World } from '../world/world.ts';
import type { Knowledge, KnowledgeVia, KnownFigures, KnownIncident } from './knowledgeState.ts';
import { phaseEndsIncident } from './phaseEndsIncident.ts';

export interface Learning {
  team: string;
  incident: string;
  via: KnowledgeVia;
  from: string | null;
  /** The figures carried; absent ones leave what the team knew. */
  figures: Partial<KnownFigures>;
}

/** What `team` knows of `incident`, or undefined when it does not know of it. */
export function knownIncident(knowledge: Knowledge, team: string, incident: string): KnownIncident | undefined {
  return knowledge[team]?.[incident];
}

function sameCasualties(a: KnownFigures['casualties'], b: KnownFigures['casualties']): boolean {
  if (a === null || b === null) return a === b;
  return a.deaths === b.deaths && a.injured === b.injured && a.missing === b.missing;
}

function changes(known: KnownIncident, figures: Partial<KnownFigures>): boolean {
  return (figures.phase !== undefined && figures.phase !== known.phase)
    || (figures.casualties !== undefined && !sameCasualties(figures.casualties, known.casualties))
    || (figures.lossYuan !== undefined && figures.lossYuan !== known.lossYuan);
}

/**
 * Records what a team learnt. A first learning, or one that changes a figure, updates the team's knowledge and emits
 * `knowledge.gained`; hearing again what it already knows changes nothing. A final phase (the fire out) makes the
 * team know the incident is over, from then on. Returns whether anything changed.
 */
export function learn(ctx: SimContext, learning: Learning): boolean {
  const { team, incident, via, from, figures } = learning;
  const knowledge = ctx.state.knowledge;
  let known = knownIncident(knowledge, team, incident);
  if (known && !changes(known, figures)) return false;
  const now = ctx.state.timeS;
  if (!known) {
    const spec = incidentSpec(ctx, incident);
    known = { team, incident, factor: spec.factor, at: incidentLocation(ctx, spec), sinceS: now, updatedS: now, endedS: null, via, from, phase: null, casualties: null, lossYuan: null };
    (knowledge[team] ??= {})[incident] = known;
  }
  if (figures.phase !== undefined) known.phase = figures.phase;
  if (figures.casualties !== undefined) known.casualties = figures.casualties === null ? null : { ...figures.casualties };
  if (figures.lossYuan !== undefined) known.lossYuan = figures.lossYuan;
  // Over from the first word or sight of a final phase; going on again if a later one says otherwise (a false report
  // of the fire out, then smoke seen again).
  const over = phaseEndsIncident(ctx.definitionOf(known.factor)?.machine, known.phase);
  known.endedS = over ? (known.endedS ?? now) : null;
  Object.assign(known, { updatedS: now, via, from });
  ctx.emit({ type: 'knowledge.gained', team, incident, via, from, phase: known.phase, casualties: known.casualties, lossYuan: known.lossYuan });
  const partner = dutyDeskPartner(ctx.world, team);
  if (partner !== null && from !== partner) learn(ctx, { team: partner, incident, via: 'call', from: team, figures: { phase: known.phase, casualties: known.casualties, lossYuan: known.lossYuan } });
  return true;
}

/** The command post and the township's emergency office (应急办) keep one duty desk: what one learns, the other knows. */
export function dutyDeskPartner(world: World, team: string): string | null {
  const office = world.drill.map.stations.find((s) => s.kind === 'emergencyOffice')?.id ?? null;
  if (office === null) return null;
  if (team === TeamCommandPost) return office;
  return team === office ? TeamCommandPost : null;
}
