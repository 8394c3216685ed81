// The drill record: every order with its time and outcome, and every event. Replays, scoring and recovery read it.
import type { SimEvent } from './events.ts';
import type { Order } from './orders/order.ts';
import type { RefusalParams, RejectionReason } from './orders/rejection.ts';
import type { AppliedHazard } from './ledger/applyHazards.ts';
import type { PlacedAt } from './ledger/drillForHazard.ts';

export interface RecordedOrder {
  atS: number;
  order: Order;
  /** Null when the order was accepted; otherwise why it was refused (it changed nothing). */
  rejected: RejectionReason | null;
  /** A refusal's particulars (which unit, which village …), so that it reads in full in the review; absent in records
   *  written before they were kept. */
  refusalParams?: RefusalParams;
}

export interface DrillRecord {
  schemaVersion: 1;
  scenarioId: string;
  seed: string;
  /** The scenario's time compression when the drill ran: reporting deadlines were divided by it. */
  timeCompression: number;
  orders: RecordedOrder[];
  events: SimEvent[];
  /** The sim time the drill had reached when the record was taken. */
  endS: number;
  /** The ledger's open hazards the drill ran with (absent when none): replay and scoring apply them again. */
  hazards?: AppliedHazard[];
  /** Where a drill built from a ledger item put its incident (absent otherwise): replay and scoring place it again. */
  placedAt?: PlacedAt;
}
