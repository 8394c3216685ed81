// A per-tick rule of the sim: runs every `cadenceS` seconds, in the fixed order of systems/index.ts.
import type { SimContext } from '../simContext.ts';

export interface System {
  name: string;
  cadenceS: number;
  run(ctx: SimContext): void;
}
