// The village cadre's grass-fire micro-drill at Shangling, as the self-training tests play it on the device: the
// drill, its doctrine, the trainee's team, the move order of its plan, and the step to the first card answered.
import { vi } from 'vitest';
import type { Order } from '../../src/sim/index.ts';
import type { CoachSession } from '../../src/ui/training/CoachSession.ts';
import { scenarioDrill } from './demoDrill.ts';
import { doctrineFor } from './doctrineRun.ts';

export const path = 'scenarios/training/cadre-grass-fire-elderly-shangling.json';
export const drill = scenarioDrill(path);
export const doctrine = doctrineFor(path);
export const team = 'shangling';
/** The wall clock the attempt is stamped with. */
export const now = (): string => '2026-12-07T10:00:00.000Z';
export const move: Order = { type: 'evacuate', by: team, villages: [team], shelter: 'shelter-square' };

/** Runs the seat's clock (fake timers at ×60) to the first decision point and answers its card. */
export function answerFirstCard(coach: CoachSession): void {
  vi.advanceTimersByTime(10_000);
  coach.goOn();
}
