// The people trapped in a collapse: how many and at what depth, each one's fate drawn once when they are trapped,
// and whether they come out alive. Draws come only from the 'collapse' stream, in list order.
import { buriedSurvivalProbability } from '../../models/burialSurvival.ts';
import type { RandomStreams } from '../../random/RandomStreams.ts';
import type { Depth, PerDepth } from './collapseKinds.ts';
import { depths, kindDepthShares } from './collapseKinds.ts';
import type { CollapseSpec } from './collapseSpec.ts';

/** missing: not yet located (counted as 失踪) · located: found, still being freed · alive / dead: freed. */
export type TrappedStatus = 'missing' | 'located' | 'alive' | 'dead';

export interface TrappedPerson {
  depth: Depth;
  trappedAtS: number;
  /** Uniform draws fixed when trapped: alive when freed while `fate` is below the survival then; seriously hurt while `severity` is below the depth's share. */
  fate: number;
  severity: number;
  /** The unit of a rescuer caught in a secondary collapse; null for those trapped at first. */
  rescuerOf: string | null;
  searchLeftCrewMin: number;
  extricateLeftCrewMin: number;
  status: TrappedStatus;
  serious: boolean;
  freedAtS: number | null;
}

/** The number trapped: the scenario's number, or a whole number drawn uniformly from its range. */
export function drawTrappedCount(spec: CollapseSpec, random: RandomStreams): number {
  const n = spec.trappedCount;
  return typeof n === 'number' ? n : n.min + Math.floor(random.next('collapse') * (n.max - n.min + 1));
}

/** Splits `count` people by the shares, by largest remainder (ties to the shallower depth): 10 at 0.3/0.4/0.3 → 3/4/3. */
export function splitByDepth(count: number, shares: PerDepth): PerDepth {
  const total = shares.surface + shares.void + shares.deep;
  const exact = depths.map((d) => (count * shares[d]) / total);
  const split = exact.map(Math.floor);
  const byRemainder = depths.map((_, i) => i).sort((a, b) => (exact[b]! - split[b]!) - (exact[a]! - split[a]!) || a - b);
  const leftOver = count - split.reduce((sum, n) => sum + n, 0);
  for (let k = 0; k < leftOver; k++) split[byRemainder[k]!]! += 1;
  return { surface: split[0]!, void: split[1]!, deep: split[2]! };
}

/** New trapped people at one depth, each with their two draws. */
export function trapPeople(options: { count: number; depth: Depth; atS: number; spec: CollapseSpec; random: RandomStreams; rescuerOf: string | null }): TrappedPerson[] {
  const { spec, depth } = options;
  return Array.from({ length: options.count }, () => ({
    depth,
    trappedAtS: options.atS,
    fate: options.random.next('collapse'),
    severity: options.random.next('collapse'),
    rescuerOf: options.rescuerOf,
    searchLeftCrewMin: spec.searchCrewMin[depth],
    extricateLeftCrewMin: spec.extricateCrewMin[depth],
    status: 'missing' as const,
    serious: false,
    freedAtS: null,
  }));
}

/** Everyone trapped when the collapse happens, shallowest first (rescuers work from the surface down). */
export function trappedAtCollapse(spec: CollapseSpec, random: RandomStreams, atS: number): TrappedPerson[] {
  const split = splitByDepth(drawTrappedCount(spec, random), spec.depthShares ?? kindDepthShares[spec.kind]);
  return depths.flatMap((depth) => trapPeople({ count: split[depth], depth, atS, spec, random, rescuerOf: null }));
}

/**
 * Probability of being alive when freed at `nowS`: the Tangshan curve at this depth's hazard (burialSurvival.ts),
 * lowered by the untreated factor when no medical unit is on scene to treat crush injuries before release.
 */
export function survivalWhenFreed(person: TrappedPerson, spec: CollapseSpec, nowS: number, medicalOnScene: boolean): number {
  const hours = (nowS - person.trappedAtS) / 3600;
  const untreated = medicalOnScene ? 1 : spec.untreatedSurvivalFactor[person.depth];
  return buriedSurvivalProbability(hours, spec.survivalHazardMultiplier[person.depth]) * untreated;
}

/**
 * Frees a person: alive when their fate draw is below the survival then. The draw is made once, when they are
 * trapped, rather than at release: on one seed the same people have the same fates whatever the response, so
 * freeing someone sooner never costs a life that freeing them later would have saved.
 */
export function free(person: TrappedPerson, spec: CollapseSpec, nowS: number, medicalOnScene: boolean): void {
  const alive = person.fate < survivalWhenFreed(person, spec, nowS, medicalOnScene);
  person.status = alive ? 'alive' : 'dead';
  person.serious = alive && person.severity < spec.seriousInjuryShare[person.depth];
  person.freedAtS = nowS;
}
