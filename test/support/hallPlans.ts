// One team's share of a scenario's reference plan, as a seat's --orders file: its orders up to a time.
import { readFileSync } from 'node:fs';

export function demoPlanOrders(scenario: string, team: string, untilS: number): { atS: number; order: { by: string } }[] {
  const plan = JSON.parse(readFileSync(`scenarios/plans/${scenario}.json`, 'utf8')) as { atS: number; order: { by: string } }[];
  return plan.filter((o) => o.order.by === team && o.atS <= untilS);
}
