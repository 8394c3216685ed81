// Who is hurt in a crush, second by second. hazard-models.md §7.4: above ~5 p/m² in a moving crowd the casualty
// process starts (falls, compressive asphyxia). Held above the crush density for `onsetS` without a break, a person
// falls at `fallsPerMin`; a fallen person still compressed dies at rate 1/asphyxiaMeanS (Fruin 1993: compressive
// asphyxia is the usual cause of death in crowd crushes). Fallen people and bodies stay where they are, as
// obstacles (HFV 2000: the injured become obstacles), until the density around them drops below the critical
// level and they are carried out. Injured people waiting without a medical unit on scene may die of their injuries.
import type { AgentColumns } from './crowdAgents.ts';
import { keepAgents, Status } from './crowdAgents.ts';
import type { Draw } from './crowdArrivals.ts';
import type { CrowdSpec } from './crowdSpec.ts';
import { detMath } from '../../math/detMath.ts';

export interface CrushTally { fell: number; died: number; carriedOutInjured: number }

/** Chance of an event of `ratePerS` within `dtS` (a Poisson hazard). */
const chance = (ratePerS: number, dtS: number) => 1 - detMath.exp(-ratePerS * dtS);

/** Advances the crush by `dtS` given each person's local density; removes those carried out. */
export function crushStep(agents: AgentColumns, densityPerM2: ArrayLike<number>, spec: CrowdSpec, draw: Draw, dtS: number): CrushTally {
  const { crush, critical } = spec.densityPerM2;
  const pFall = chance(spec.crush.fallsPerMin / 60, dtS);
  const pDie = chance(1 / spec.crush.asphyxiaMeanS, dtS);
  const tally: CrushTally = { fell: 0, died: 0, carriedOutInjured: 0 };
  const out: boolean[] = agents.xM.map(() => false);
  for (let i = 0; i < agents.xM.length; i++) {
    const density = densityPerM2[i]!;
    const status = agents.status[i]!;
    if (status === Status.standing) {
      agents.crushS[i] = density >= crush ? agents.crushS[i]! + dtS : 0;
      if (agents.crushS[i]! >= spec.crush.onsetS && draw() < pFall) { agents.status[i] = Status.fallen; tally.fell++; }
    } else if (density < critical) {
      out[i] = true;
      if (status === Status.fallen) tally.carriedOutInjured++;
    } else if (status === Status.fallen && density >= crush && draw() < pDie) {
      agents.status[i] = Status.dead;
      tally.died++;
    }
  }
  keepAgents(agents, (i) => !out[i]);
  return tally;
}

/** Deaths within `dtS` among `waitingCount` injured people with no medical unit on scene (none when one is there). */
export function untreatedDeaths(waitingCount: number, medicalOnScene: boolean, spec: CrowdSpec, draw: Draw, dtS: number): number {
  if (medicalOnScene || waitingCount === 0) return 0;
  const p = chance(spec.untreatedDeathsPerHour / 3600, dtS);
  let deaths = 0;
  for (let k = 0; k < waitingCount; k++) if (draw() < p) deaths++;
  return deaths;
}
