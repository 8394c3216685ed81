// Order plans made from a scenario's reference plan by the edits a test case writes as data (test/scoring/cases/):
// keep or drop orders, delay them, rewrite a report, hide a death, over-react or spam. Placeholders in the data
// ({lineAgency}, {farPlace}, {wrongFactor}) are resolved against the scenario, so one case runs on every scenario.
import { runDrill } from '../../src/cli/runDrill.ts';
import type { Drill, DrillRecord, Order, TimedOrder } from '../../src/sim/index.ts';
import { mapObjects } from '../../src/sim/world/townshipMap.ts';
import { distanceM } from '../../src/sim/world/roadGraph.ts';
import { planOrders } from './demoPlan.ts';

/** Which orders an edit applies to; every listed field must match. */
export interface OrderMatch { type?: string[]; notType?: string[]; by?: string[]; unitOwner?: string[] }

export type PlanEdit =
  | { keep: OrderMatch }
  | { drop: OrderMatch }
  | { delay: OrderMatch & { seconds: number } }
  /** Rewrites the elements of the first (or every) matching report; `figuresFrom: null` takes the figures as written. */
  | { setElements: OrderMatch & { which: 'first' | 'all'; elements: Record<string, unknown>; figuresAsWritten?: boolean } }
  /** Files the last county report that carried deaths again with this many fewer (the case does not apply without deaths). */
  | { hideDeaths: number }
  /** Moves every matching order to this many seconds after the incident's discovery. */
  | { moveAfterDiscovery: OrderMatch & { seconds: number } }
  | { overReact: true }
  | { spam: { followUps: number } }
  | { add: TimedOrder[] };

export interface PlanVariant { start: 'reference' | 'none'; edits?: PlanEdit[] }

export interface VariantContext { drill: Drill; scenarioFile: string; seed: number | string; reference: DrillRecord }

const fill = (text: string, drill: Drill): string => text
  .replaceAll('{lineAgency}', drill.scenario.incidents[0]?.expected.lead[0] ?? '')
  .replaceAll('{wrongFactor}', drill.scenario.incidents[0]?.factor === 'fire' ? 'flood' : 'fire')
  .replaceAll('{farPlace}', farPlace(drill));

/** The map object farthest from the first incident, named as a reporter would. */
function farPlace(drill: Drill): string {
  const incident = drill.scenario.incidents[0];
  const objects = [...mapObjects(drill.map).values()];
  if (!incident) return objects[0]!.nameZh;
  const at = 'place' in incident.at ? mapObjects(drill.map).get(incident.at.place)!.at : incident.at;
  return objects.reduce((far, o) => (distanceM(at, o.at) > distanceM(at, far.at) ? o : far)).nameZh;
}

function matches(drill: Drill, match: OrderMatch, order: Order): boolean {
  const owner = 'unit' in order && typeof order.unit === 'string' ? drill.roster.units.find((u) => u.id === order.unit)?.owner : undefined;
  return (!match.type || match.type.includes(order.type)) && (!match.notType || !match.notType.includes(order.type))
    && (!match.by || match.by.map((b) => fill(b, drill)).includes(order.by))
    && (!match.unitOwner || (owner !== undefined && match.unitOwner.map((b) => fill(b, drill)).includes(owner)));
}

const sorted = (orders: TimedOrder[]) => orders.map((o, i) => ({ o, i })).sort((a, b) => a.o.atS - b.o.atS || a.i - b.i).map(({ o }) => o);

/** The orders of every township unit sent, the whole township warned red, every village moved, level I, every county force. */
function overReaction(drill: Drill, atS: number): TimedOrder[] {
  const incident = drill.scenario.incidents[0];
  const to = incident ? { incident: incident.id } : { place: drill.map.villages[0]!.id };
  const shelters = drill.map.shelters;
  const at = (delayS: number, order: Order): TimedOrder => ({ atS: atS + delayS, order });
  return [
    at(0, { type: 'setResponseLevel', by: 'command-post', level: 'I' }),
    at(0, { type: 'issueWarning', by: 'command-post', colour: 'red', to: 'township', message: '全乡红色预警：立即撤离' }),
    ...drill.scenario.countySupport.map((c) => at(0, { type: 'requestCountySupport', by: 'command-post', force: c.force })),
    ...shelters.filter((s) => !s.openAtStart).map((s) => at(0, { type: 'openShelter', by: 'command-post', shelter: s.id })),
    ...drill.map.villages.map((v, i) => at(1, { type: 'evacuate', by: 'command-post', villages: [v.id], shelter: shelters[i % shelters.length]!.id })),
    ...drill.roster.units.filter((u) => u.owner !== 'county').map((u) => at(2, { type: 'dispatchUnit', by: 'command-post', unit: u.id, to })),
  ];
}

function spam(drill: Drill, reference: TimedOrder[], followUps: number): TimedOrder[] {
  const county = reference.filter((o) => o.order.type === 'fileReport' && o.order.by === 'command-post');
  const first = county[0];
  if (!first || first.order.type !== 'fileReport') return [];
  const end = drill.scenario.durationS;
  return Array.from({ length: followUps }, (_, i) => ({ atS: Math.round(first.atS + ((i + 1) * (end - first.atS)) / (followUps + 1)),
    order: { ...first.order, kind: 'followUp' as const } }));
}

/** The county report with deaths in the reference run, filed again with fewer deaths; null when nobody had died by any. */
function hiddenDeaths(reference: DrillRecord, count: number): TimedOrder | null {
  const orders = reference.orders.filter((o) => o.rejected === null && o.order.type === 'fileReport');
  const filed = reference.events.filter((e) => e.type === 'report.filed');
  const withDeaths = orders.map((o, i) => ({ o, figures: filed[i]?.figures })).filter(({ o, figures }) => o.order.by === 'command-post' && (figures?.casualties.deaths ?? 0) > 0).pop();
  if (!withDeaths || withDeaths.o.order.type !== 'fileReport') return null;
  const { figuresFrom: _resolved, ...order } = withDeaths.o.order;
  const figures = withDeaths.figures!;
  return { atS: withDeaths.o.atS, order: { ...order, elements: { ...order.elements, ...figures, casualties: { ...figures.casualties, deaths: figures.casualties.deaths - count } } } };
}

function applyEdit(orders: TimedOrder[], edit: PlanEdit, ctx: VariantContext, reference: TimedOrder[]): TimedOrder[] | null {
  const { drill } = ctx;
  if ('keep' in edit) return orders.filter((o) => matches(drill, edit.keep, o.order));
  if ('drop' in edit) return orders.filter((o) => !matches(drill, edit.drop, o.order));
  if ('delay' in edit) return orders.map((o) => (matches(drill, edit.delay, o.order) ? { ...o, atS: Math.max(0, o.atS + edit.delay.seconds) } : o));
  if ('moveAfterDiscovery' in edit) {
    const incident = drill.scenario.incidents[0];
    const known = ctx.reference.events.find((e) => e.type === 'incident.discovered' && e.incident === incident?.id)?.timeS ?? 0;
    return orders.map((o) => (matches(drill, edit.moveAfterDiscovery, o.order) ? { ...o, atS: Math.max(o.atS, known + edit.moveAfterDiscovery.seconds) } : o));
  }
  if ('setElements' in edit) {
    const { which, elements, figuresAsWritten } = edit.setElements;
    let done = false;
    return orders.map((o) => {
      if (o.order.type !== 'fileReport' || !matches(drill, edit.setElements, o.order) || (which === 'first' && done)) return o;
      done = true;
      const { figuresFrom: _figures, ...rest } = o.order;
      const written: Record<string, unknown> = { ...o.order.elements };
      // null in the data removes an element (a report that leaves it out).
      for (const [k, v] of Object.entries(elements)) if (v === null) delete written[k]; else written[k] = typeof v === 'string' ? fill(v, drill) : v;
      return { ...o, order: { ...(figuresAsWritten ? rest : o.order), elements: written } };
    });
  }
  if ('hideDeaths' in edit) {
    const hidden = hiddenDeaths(ctx.reference, edit.hideDeaths);
    return hidden ? [...orders, hidden] : null;
  }
  if ('overReact' in edit) {
    const firstS = reference.find((o) => o.order.type !== 'fileReport')?.atS ?? 0;
    return [...orders, ...overReaction(drill, firstS)];
  }
  if ('spam' in edit) return [...orders, ...spam(drill, reference, edit.spam.followUps)];
  return [...orders, ...edit.add];
}

/** The variant's orders in time order; null when an edit does not apply to this scenario and seed (no deaths to hide …). */
export function variantOrders(variant: PlanVariant, ctx: VariantContext): TimedOrder[] | null {
  const reference = planOrders(`scenarios/plans/${ctx.scenarioFile}`);
  let orders: TimedOrder[] | null = variant.start === 'reference' ? reference : [];
  for (const edit of variant.edits ?? []) {
    if (orders === null) return null;
    orders = applyEdit(orders, edit, ctx, reference);
  }
  return orders === null ? null : sorted(orders);
}

/** Runs orders on a drill and seed to its end. */
export function runOrders(drill: Drill, seed: number | string, orders: readonly TimedOrder[]): DrillRecord {
  return runDrill({ drill, seed, orders, untilS: drill.scenario.durationS }).sim.record();
}
