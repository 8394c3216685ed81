// 挤 reading: the crowd site's plan centred on the incident (walls, gates, the bottleneck, exits open or shut), its
// density map as Fruin walkway levels of service (Fruin 1971), and each person with the level they feel, or down.
import type { Segment } from '../incidents/crowd/crowdSite.ts';
import type { CrowdSpec } from '../incidents/crowd/crowdSpec.ts';
import type { FruinLos } from '../models/crowd.ts';
import { fruinWalkwayLos } from '../models/crowd.ts';
import type { PointM } from '../world/townshipMap.ts';
import type { ReadingInput } from './readingInput.ts';
import { toCm } from './readingInput.ts';

export interface CrowdReading {
  factor: 'crowd';
  incident: string;
  /** The site's top-left corner on the map (m); every other length is site-local metres from it. */
  originM: PointM;
  site: { widthM: number; depthM: number; walls: Segment[]; gates: Segment[]; bottleneck: Segment; exits: { segment: Segment; open: boolean }[] };
  /** Row-major cells of `cellM`; null where nobody stands. */
  density: { cellM: number; cols: number; rows: number; los: (FruinLos | null)[] } | null;
  /** Each person on the site, in the order they came in: where, how wide, and the level of service they feel
   *  ('down' for the fallen and the dead). */
  people: { xM: number[]; yM: number[]; radiusM: number[]; feel: (FruinLos | 'down')[] };
}

const losOf = (perM2: number): FruinLos => (Number.isFinite(perM2) && perM2 > 0 ? fruinWalkwayLos(perM2) : 'A');

export function crowdReading({ spec, incident, at }: ReadingInput<CrowdSpec>): CrowdReading | null {
  const physics = incident.physics;
  if (!physics) return null;
  const { site } = spec;
  const { agents, densityMap } = physics;
  return {
    factor: 'crowd',
    incident: incident.id,
    originM: { xM: at.xM - site.widthM / 2, yM: at.yM - site.depthM / 2 },
    site: {
      widthM: site.widthM, depthM: site.depthM, walls: site.walls, gates: site.gates.map((g) => g.segment), bottleneck: site.bottleneck.segment,
      exits: site.exits.map((exit, i) => ({ segment: exit.segment, open: physics.exitsOpen[i] === true })),
    },
    density: densityMap && { cellM: densityMap.cellM, cols: densityMap.cols, rows: densityMap.rows, los: densityMap.perM2.map((d) => (d > 0 ? losOf(d) : null)) },
    people: {
      xM: agents.xM.map(toCm),
      yM: agents.yM.map(toCm),
      radiusM: agents.radiusM.map(toCm),
      feel: agents.status.map((status, i) => (status !== 0 ? 'down' : losOf(agents.densityPerM2[i] ?? 0))),
    },
  };
}
