// What an order form needs of whoever gives the order: the drill's names, the language, the acting team, and a way to
// give it. The tabletop gives at once (the core is in the page); a seat in the hall hears the room's outcome later.
import type { Language } from '../../i18n/translate.ts';
import type { Drill, Order, OrderOutcome, World } from '../../sim/index.ts';

export interface OrderDesk {
  readonly drill: Drill;
  readonly world: World;
  language(): Language;
  /** The team the order is given as. */
  actingAs(): string;
  give(order: Order): OrderOutcome | Promise<OrderOutcome>;
}
