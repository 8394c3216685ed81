// Every order as one validated union, and the table that sends each to its own file.
import { z } from 'zod';
import type { SimContext } from '../simContext.ts';
import { ActOnIncidentOrder, actOnIncident } from './actOnIncident.ts';
import { AddIncidentOrder, addIncident } from './addIncident.ts';
import { AssignUnitOrder, assignUnit } from './assignUnit.ts';
import { CloseRoadOrder, closeRoad } from './closeRoad.ts';
import { DispatchUnitOrder, dispatchUnit } from './dispatchUnit.ts';
import { EvacuateOrder, evacuate } from './evacuate.ts';
import { FileReportOrder, fileReport } from './fileReport.ts';
import { DeferInjectOrder, deferInject } from './deferInject.ts';
import { FireInjectOrder, fireInject } from './fireInject.ts';
import { SkipInjectOrder, skipInject } from './skipInject.ts';
import { IssueWarningOrder, issueWarning } from './issueWarning.ts';
import { OpenShelterOrder, openShelter } from './openShelter.ts';
import { RecallUnitOrder, recallUnit } from './recallUnit.ts';
import { RelayInformationOrder, relayInformation } from './relayInformation.ts';
import type { OrderOutcome, Rejection } from './rejection.ts';
import { reject } from './rejection.ts';
import { ReopenRoadOrder, reopenRoad } from './reopenRoad.ts';
import { RequestCountySupportOrder, requestCountySupport } from './requestCountySupport.ts';
import { SetResponseLevelOrder, setResponseLevel } from './setResponseLevel.ts';

const schemas = {
  dispatchUnit: DispatchUnitOrder, recallUnit: RecallUnitOrder, assignUnit: AssignUnitOrder, evacuate: EvacuateOrder,
  openShelter: OpenShelterOrder, closeRoad: CloseRoadOrder, reopenRoad: ReopenRoadOrder, issueWarning: IssueWarningOrder,
  fileReport: FileReportOrder, requestCountySupport: RequestCountySupportOrder, setResponseLevel: SetResponseLevelOrder,
  fireInject: FireInjectOrder, skipInject: SkipInjectOrder, deferInject: DeferInjectOrder, actOnIncident: ActOnIncidentOrder,
  addIncident: AddIncidentOrder, relayInformation: RelayInformationOrder,
} as const;

export const OrderSchema = z.discriminatedUnion('type', Object.values(schemas) as unknown as [typeof DispatchUnitOrder, ...(typeof schemas)[keyof typeof schemas][]]);
export type Order = z.infer<(typeof schemas)[keyof typeof schemas]>;
export type OrderType = Order['type'];

type Handlers = { [T in OrderType]: (ctx: SimContext, order: Extract<Order, { type: T }>) => OrderOutcome };

const handlers: Handlers = {
  dispatchUnit, recallUnit, assignUnit, evacuate, openShelter, closeRoad, reopenRoad,
  issueWarning, fileReport, requestCountySupport, setResponseLevel, fireInject, skipInject, deferInject, actOnIncident, addIncident, relayInformation,
};

export const orderTypes = Object.keys(schemas) as OrderType[];

/** Checks an order from outside (UI, file, network); a malformed one becomes a readable rejection. */
export function parseOrder(input: unknown): { ok: true; order: Order } | Rejection {
  const type = typeof input === 'object' && input !== null ? (input as { type?: unknown }).type : undefined;
  if (typeof type !== 'string' || !(orderTypes as string[]).includes(type)) {
    return reject('invalid-order', { detail: `type must be one of ${orderTypes.join(', ')}` });
  }
  const result = schemas[type as OrderType].safeParse(input);
  if (result.success) return { ok: true, order: result.data };
  const detail = result.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || type}: ${i.message}`).join('; ');
  return reject('invalid-order', { detail });
}

/** A malformed order as a content problem's text (in English, like every problem a loader names). */
export function malformedOrderText(refused: Rejection): string {
  return `the order is malformed: ${refused.params.detail ?? refused.reason}`;
}

/** Runs a checked order: either it is refused and nothing changes, or it changes the state and emits events. */
export function applyOrder(ctx: SimContext, order: Order): OrderOutcome {
  const handler = handlers[order.type] as (ctx: SimContext, order: Order) => OrderOutcome;
  return handler(ctx, order);
}
