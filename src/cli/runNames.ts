// The names a drill run from the command line is worded with: its static world and the curveballs its state holds
// (the world never holds one), so the summary, the score and the refusals name an added incident by its title.
import type { DrillNames } from '../i18n/names.ts';
import { namesWith } from '../i18n/names.ts';
import type { DrillRun } from './runDrill.ts';

export function runNames(run: DrillRun): DrillNames {
  return namesWith(run.sim.world, run.sim.snapshot().curveballs);
}
