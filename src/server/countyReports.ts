// Reports to the county from a township's drill, in names, published on the county's channel of the presence (Redis
// in a county drill, so every process's county rooms hear every township). The county knows no township's ids; the
// incident is named as the reporting team knows it (its view: a curveball's title is there, not in the world).
import type { CountyReportMessage } from '../hall/protocol.ts';
import type { SimEvent, Simulation } from '../sim/index.ts';
import { contentName } from '../i18n/contentName.ts';
import { namesWith } from '../i18n/names.ts';

export const countyChannel = (county: string) => `drillhall:county:${county}`;

export function countyReports(sim: Pick<Simulation, 'world' | 'viewOf'>, pin: string, events: readonly SimEvent[]): CountyReportMessage[] {
  return events.flatMap((event) => {
    if (event.type !== 'report.filed' || event.to !== 'county') return [];
    const world = namesWith(sim.world, sim.viewOf(event.by).incidents);
    return [{
      pin,
      township: { zh: world.drill.map.nameZh, en: world.drill.map.nameEn },
      atS: event.timeS,
      from: contentName(world, event.by),
      kind: event.kind,
      incident: event.incident === null ? null : contentName(world, event.incident),
      figures: event.figures ? { ...event.figures } : null,
    }];
  });
}
