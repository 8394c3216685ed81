// The trainees' refused orders: what the review, the report and the lessons count as refused. The facilitator's
// own mis-clicks (a curveball placed where it cannot go, an inject already delivered) are not the trainees' doing.
import type { DrillRecord, RecordedOrder } from '../sim/index.ts';

export function refusedTraineeOrders(record: DrillRecord): RecordedOrder[] {
  return record.orders.filter((o) => o.rejected !== null && o.order.by !== 'facilitator');
}
