import { describe, expect, it } from 'vitest';
import { timelineEntries } from '../../../src/review/timelineEntries.ts';
import { orderSubject } from '../../../src/ui/review/orderSubject.ts';
import { reviewContext } from '../../../src/ui/review/reviewContext.ts';
import { scenarioDrill } from '../../support/demoDrill.ts';
import { planOrders } from '../../support/demoPlan.ts';
import { reviewDataOf } from '../../support/reviewDataOf.ts';

const drill = scenarioDrill('scenarios/demo-market-gas-leak.json');
const facilitator = [
  { atS: 10, order: { type: 'deferInject', by: 'facilitator', inject: 'owner-wants-to-check', dueS: 1200 } },
  { atS: 20, order: { type: 'skipInject', by: 'facilitator', inject: 'smell-of-gas' } },
] as const;
const data = reviewDataOf(drill, { orders: [...facilitator, ...planOrders('scenarios/plans/demo-market-gas-leak.json')] as never, untilS: 1800 });

describe("the review's timeline", () => {
  it('tells a skipped or deferred inject once, not as an order and again as an inject', () => {
    const entries = timelineEntries(data.record);
    const skipOrDefer = entries.filter((e) => (e.kind === 'order' && /skipInject|deferInject/.test(e.order.order.type))
      || (e.kind === 'inject' && /inject\.(skipped|deferred)/.test(e.event.type)));
    expect(skipOrDefer.map((e) => e.kind)).toEqual(['inject', 'inject']);
  });

  it('names the action of an on-scene order and the level of a response order', () => {
    const zh = reviewContext('zh', { ...data, scenarioPath: 'scenarios/demo-market-gas-leak.json' });
    const en = reviewContext('en', { ...data, scenarioPath: 'scenarios/demo-market-gas-leak.json' });
    const act = data.record.orders.find((o) => o.order.type === 'actOnIncident')!.order;
    const level = data.record.orders.find((o) => o.order.type === 'setResponseLevel')!.order;
    expect(orderSubject(zh, act)).toMatch(/: \p{Script=Han}+/u);
    expect(orderSubject(en, act)).toMatch(/: [a-z]/i);
    expect(orderSubject(en, act)).not.toMatch(/closeValve|[a-z][A-Z]/);
    expect(orderSubject(zh, level)).toMatch(/级|响应/);
    expect(orderSubject(en, level)).toMatch(/level|response/i);
  });
});
