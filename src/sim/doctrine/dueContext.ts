// What a due rule is decided with: the world, the doctrine, the team's view now and the subject that armed it — and
// the villages the team judges at risk from them.
import type { TeamView } from '../knowledge/teamView.ts';
import type { ReportElements } from '../state/reportElements.ts';
import type { PointM } from '../world/townshipMap.ts';
import type { World } from '../world/world.ts';
import type { Doctrine } from './doctrineSchema.ts';
import type { Subject } from './ruleSubjects.ts';
import { villagesAtRisk } from './villagesAtRisk.ts';

export interface DueContext {
  world: World;
  doctrine: Doctrine;
  view: TeamView;
  subject: Subject;
  /** The element a 漏报 mistake leaves out, drawn when the rule armed. */
  leaveOut: keyof ReportElements | null;
  /** Units already sent by orders given in the same second (the view does not show them gone yet). */
  taken: Set<string>;
}

export function atRiskOf(due: DueContext): string[] {
  return due.subject.factor ? villagesAtRisk(due.world, due.doctrine, { factor: due.subject.factor, at: due.subject.at, fits: due.subject.fits }) : [];
}

/** Where a named map object is. */
export function placeAt(world: World, id: string): PointM {
  return world.objects.get(id)!.at;
}
