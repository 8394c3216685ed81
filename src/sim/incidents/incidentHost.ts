// Runs incident machines inside the deterministic sim with XState's pure transitions: the persisted snapshot
// lives in the sim state, every event goes through XState's pure transition (machineTransition.ts), and what the machine
// emits becomes sim events.
import type { AnyMachineSnapshot, EventObject, StateValue } from 'xstate';
import { initialTransition } from 'xstate';
import type { FactorMachine, SimContext } from '../simContext.ts';
import type { IncidentBase } from '../scenario/incidentBase.ts';
import type { Incident } from '../scenario/incidentSchema.ts';
import type { Factor } from '../scenario/vocabulary.ts';
import type { PointM } from '../world/townshipMap.ts';
import { incidentSpecOf } from '../state/incidentSpecOf.ts';
import type { ActiveIncident, CasualtyCounts, IncidentState } from './incidentState.ts';
import { isStartedOf } from './incidentState.ts';
import { detMath } from '../math/detMath.ts';
import { liveSnapshot, machineTransition, persistedSnapshot } from './machineTransition.ts';

/** Notices a machine may emit; anything else it emits is ignored by the host. */
export type IncidentNotice =
  | { type: 'incident.notice'; notice: string }
  | ({ type: 'incident.casualties' } & Partial<CasualtyCounts>);

/** The spec of an incident of one factor. */
export type SpecOf<F extends Factor> = Extract<Incident, { factor: F }>;

export function incidentSpec(ctx: SimContext, id: string): Incident {
  const spec = incidentSpecOf(ctx.world, ctx.state, id);
  if (!spec) throw new Error(`incident ${id} is neither in the scenario nor an added curveball`);
  return spec;
}

function definitionOf(ctx: SimContext, factor: string): FactorMachine {
  const definition = ctx.definitionOf(factor);
  if (!definition) throw new Error(`no machine is registered for factor ${factor}`);
  return definition;
}

/** Where an incident is on the map. */
export function incidentLocation(ctx: SimContext, spec: IncidentBase): PointM {
  return 'place' in spec.at ? ctx.world.objects.get(spec.at.place)!.at : { xM: spec.at.xM, yM: spec.at.yM };
}

function isActiveOf<F extends Factor>(incident: IncidentState, factor: F): incident is ActiveIncident<F> {
  return isStartedOf(incident, factor) && incident.status === 'active';
}

function isSpecOf<F extends Factor>(spec: Incident, factor: F): spec is SpecOf<F> {
  return spec.factor === factor;
}

/** The active incidents of one factor, in scenario order, with their specs, typed for that factor. */
export function activeIncidents<F extends Factor>(ctx: SimContext, factor: F): { spec: SpecOf<F>; incident: ActiveIncident<F> }[] {
  return ctx.state.incidents.filter((i) => isActiveOf(i, factor)).map((incident) => {
    const spec = incidentSpec(ctx, incident.id);
    if (!isSpecOf(spec, factor)) throw new Error(`incident ${incident.id} is a ${factor} incident in the state but a ${spec.factor} incident in its spec`);
    return { spec, incident };
  });
}

/** An incident's state as the host writes it: the host runs every factor's machine alike, and the registry pairs each
 *  definition with its factor, so what a definition makes (its physics, its machine's snapshot and phases) is of the
 *  incident's own factor. Everything else reads the incident through its factor's type. */
interface HostWrites { physics: unknown; machine: unknown; phase: string | null; phaseHistory: { phase: string; atS: number }[] }
const hostWrites = (incident: IncidentState): HostWrites => incident;

export function phaseOf(value: StateValue): string {
  if (typeof value === 'string') return value;
  const [key, child] = Object.entries(value)[0] ?? ['', ''];
  return child === undefined ? key : `${key}.${phaseOf(child)}`;
}

/** Starts a pending incident: its machine enters its first phase and its physics begins. */
export function startIncident(ctx: SimContext, incident: IncidentState): void {
  const definition = definitionOf(ctx, incident.factor);
  const spec = incidentSpec(ctx, incident.id);
  incident.status = 'active';
  incident.startedS = ctx.state.timeS;
  hostWrites(incident).physics = definition.initialPhysics(spec, ctx);
  ctx.emit({ type: 'incident.started', incident: incident.id, factor: incident.factor });
  const [snapshot, actions] = initialTransition(definition.machine, definition.machineInput(spec, ctx));
  settle(ctx, incident, definition, snapshot as AnyMachineSnapshot, actions);
}

/** Sends an event to an active incident's machine; the new phase, notices and casualties follow. */
export function sendToIncident(ctx: SimContext, incident: IncidentState, event: EventObject & Record<string, unknown>): void {
  if (incident.status !== 'active') return;
  const definition = definitionOf(ctx, incident.factor);
  const current = liveSnapshot(definition.machine, incident.machine!);
  const [snapshot, actions] = machineTransition(definition.machine, current, event);
  settle(ctx, incident, definition, snapshot, actions);
}

function settle(ctx: SimContext, incident: IncidentState, definition: FactorMachine, snapshot: AnyMachineSnapshot, actions: { type: string; params?: unknown }[]): void {
  const written = hostWrites(incident);
  written.machine = persistedSnapshot(definition.machine, snapshot);
  const phase = phaseOf(snapshot.value as StateValue);
  if (phase !== written.phase) {
    ctx.emit({ type: 'incident.phaseChanged', incident: incident.id, from: written.phase, to: phase });
    written.phase = phase;
    written.phaseHistory.push({ phase, atS: ctx.state.timeS });
  }
  for (const action of actions) {
    if (action.type !== 'xstate.emit') continue;
    handleNotice(ctx, incident, (action.params as { event: IncidentNotice }).event);
  }
  if (snapshot.status === 'done') {
    incident.status = 'ended';
    ctx.emit({ type: 'incident.ended', incident: incident.id });
  }
}

function handleNotice(ctx: SimContext, incident: IncidentState, notice: IncidentNotice): void {
  if (notice.type === 'incident.casualties') {
    recordCasualties(ctx, incident, notice);
    return;
  }
  if (notice.type !== 'incident.notice') return;
  ctx.emit({ type: 'incident.notice', incident: incident.id, notice: notice.notice });
  for (const other of ctx.state.incidents) {
    if (other.status !== 'pending') continue;
    const start = incidentSpec(ctx, other.id).start;
    if ('after' in start && start.after.incident === incident.id && start.after.notice === notice.notice) startIncident(ctx, other);
  }
}

/** Adds to an incident's toll and the township's, and tells the feed. Counts are whole people; serious injuries are also counted in `injuredCount`. */
export function recordCasualties(ctx: SimContext, incident: IncidentState, delta: Partial<CasualtyCounts>): void {
  const add = { deadCount: delta.deadCount ?? 0, injuredCount: delta.injuredCount ?? 0, seriousInjuredCount: delta.seriousInjuredCount ?? 0, missingCount: delta.missingCount ?? 0 };
  if (add.deadCount === 0 && add.injuredCount === 0 && add.seriousInjuredCount === 0 && add.missingCount === 0) return;
  for (const key of ['deadCount', 'injuredCount', 'seriousInjuredCount', 'missingCount'] as const) {
    incident.casualties[key] += add[key];
    ctx.state.casualties[key] += add[key];
  }
  ctx.emit({ type: 'incident.casualties', incident: incident.id, ...add });
}

/** The loss as the feed rounds it: two significant figures (¥1.4M, ¥42M), so small additions stay quiet. */
function lossStep(yuan: number): number {
  if (yuan < 10_000) return 0;
  const unit = detMath.pow(10, Math.floor(detMath.log10(yuan)) - 1);
  return Math.floor(yuan / unit) * unit;
}

/** Adds damage (¥) to an incident's estimated direct loss; the feed hears of it when the rounded loss changes. */
export function recordLoss(ctx: SimContext, incident: IncidentState, addedYuan: number): void {
  if (!(addedYuan > 0)) return;
  const before = lossStep(incident.lossYuan);
  incident.lossYuan += addedYuan;
  if (lossStep(incident.lossYuan) !== before) ctx.emit({ type: 'incident.loss', incident: incident.id, addedYuan, lossYuan: incident.lossYuan });
}
