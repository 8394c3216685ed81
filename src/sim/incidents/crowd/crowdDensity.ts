// How packed the crowd is: the local density each person feels (HJA 2007 kernel), its peak, the Fruin level of
// service of that peak, and a coarse map of the site in people per m² for the view.
import { createAgentGrid, indexAgents } from '../../models/agentGrid.ts';
import type { FruinLos } from '../../models/crowd.ts';
import { fruinWalkwayLos } from '../../models/crowd.ts';
import { densitiesAtAgentsPerM2 } from '../../models/localDensity.ts';
import type { AgentColumns } from './crowdAgents.ts';
import type { CrowdSite } from './crowdSite.ts';

/** The view's density map: square cells of `cellM`, row-major from the north-west corner, people per m². */
export interface DensityMap { cellM: number; cols: number; rows: number; perM2: number[] }

export interface DensityReading { peakPerM2: number; fruinLos: FruinLos; map: DensityMap }

const mapCellM = 2;
/** Density search cells: the kernel reaches 2R = 1.4 m, two cells either side. */
const searchCellM = 0.7;

/** Measures every person's local density (written into `agents.densityPerM2`) and sums up the site. */
export function measureDensity(agents: AgentColumns, site: CrowdSite): DensityReading {
  const n = agents.xM.length;
  const xM = Float64Array.from(agents.xM);
  const yM = Float64Array.from(agents.yM);
  const grid = createAgentGrid({ xM: 0, yM: 0, widthM: site.widthM, depthM: site.depthM }, searchCellM, n);
  indexAgents(grid, xM, yM, n);
  const densities = new Float64Array(n);
  densitiesAtAgentsPerM2(grid, xM, yM, n, densities);
  let peakPerM2 = 0;
  for (let i = 0; i < n; i++) {
    const rounded = Math.round(densities[i]! * 1000) / 1000;
    agents.densityPerM2[i] = rounded;
    if (rounded > peakPerM2) peakPerM2 = rounded;
  }
  const cols = Math.ceil(site.widthM / mapCellM);
  const rows = Math.ceil(site.depthM / mapCellM);
  const perM2 = new Array<number>(cols * rows).fill(0);
  for (let i = 0; i < n; i++) {
    const c = Math.min(cols - 1, Math.max(0, Math.floor(xM[i]! / mapCellM)));
    const r = Math.min(rows - 1, Math.max(0, Math.floor(yM[i]! / mapCellM)));
    perM2[r * cols + c]! += 1 / (mapCellM * mapCellM);
  }
  return { peakPerM2, fruinLos: fruinWalkwayLos(peakPerM2), map: { cellM: mapCellM, cols, rows, perM2 } };
}
