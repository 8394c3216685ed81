// A seed names a drill's chance; 1 to 128 characters everywhere (the scenario's own, --seed, a record's, a rehearsal's).
import { SeedText } from '../sim/index.ts';
import { BadInput } from './runCli.ts';

export function checkSeed(option: string, seed: string): void {
  if (!SeedText.safeParse(seed).success) throw new BadInput(`${option}: must be 1 to 128 characters (got ${seed.length})`);
}
