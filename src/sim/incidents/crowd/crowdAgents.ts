// The people on a crowd site as columns of plain numbers (JSON in the sim state), and how they are added and removed.

/** What a person is heading for: through the bottleneck, or out by the nearest way out. */
export const Goal = { bottleneck: 0, wayOut: 1 } as const;
/** On their feet, fallen (alive, down in the crowd), or dead where they fell. */
export const Status = { standing: 0, fallen: 1, dead: 2 } as const;

/** One column per attribute, agent i in row i; rows keep the order people entered in. */
export interface AgentColumns {
  xM: number[];
  yM: number[];
  vxMs: number[];
  vyMs: number[];
  radiusM: number[];
  /** Free walking speed v⁰. */
  speedMs: number[];
  goal: number[];
  status: number[];
  /** Seconds held above the crush density without a break. */
  crushS: number[];
  /** A uniform draw in [0, 1): stewards reach the people whose draw is under their share of the crowd. */
  calm: number[];
  /** Local density around the person at the last measurement (HJA 2007 kernel), p/m². */
  densityPerM2: number[];
}

export type Agent = { [K in keyof AgentColumns]: number };

const columns = ['xM', 'yM', 'vxMs', 'vyMs', 'radiusM', 'speedMs', 'goal', 'status', 'crushS', 'calm', 'densityPerM2'] as const satisfies readonly (keyof AgentColumns)[];

export function noAgents(): AgentColumns {
  return { xM: [], yM: [], vxMs: [], vyMs: [], radiusM: [], speedMs: [], goal: [], status: [], crushS: [], calm: [], densityPerM2: [] };
}

export function addAgent(agents: AgentColumns, agent: Agent): void {
  for (const key of columns) agents[key].push(agent[key]);
}

/** Keeps the rows for which `keep` is true, in order. */
export function keepAgents(agents: AgentColumns, keep: (i: number) => boolean): void {
  const kept = agents.xM.map((_, i) => keep(i));
  if (kept.every(Boolean)) return;
  for (const key of columns) agents[key] = agents[key].filter((_, i) => kept[i]);
}

/** Whether a body of `radiusM` at (xM, yM) would overlap nobody (a linear scan: used only for the few arrivals). */
export function spotIsFree(agents: AgentColumns, xM: number, yM: number, radiusM: number): boolean {
  for (let i = 0; i < agents.xM.length; i++) {
    const reach = radiusM + agents.radiusM[i]!;
    const dx = agents.xM[i]! - xM;
    if (dx > reach || dx < -reach) continue;
    const dy = agents.yM[i]! - yM;
    if (dx * dx + dy * dy < reach * reach) return false;
  }
  return true;
}
