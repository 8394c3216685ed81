// The seat as an order desk for the order forms: every order is given as the seat's own team (the room checks it
// again), and the forms read the team's latest view, never the drill's state.
import type { Language } from '../../i18n/translate.ts';
import type { DrillNames } from '../../i18n/names.ts';
import type { Drill, Order, OrderOutcome, TeamView } from '../../sim/index.ts';
import { viewNames } from '../viewNames.ts';
import type { OrderDesk } from '../forms/orderDesk.ts';
import type { SeatSource } from './seatSource.ts';

/** A view with nothing in it, for a form opened before the first view arrived. */
function emptyView(team: string): TeamView {
  return { team, timeS: 0, units: [], villages: [], incidents: [], warnings: [], messages: [], injects: [], orders: [], readings: [], responseLevel: 'none', closedRoads: [], shelters: [] };
}

export class SeatDesk implements OrderDesk {
  constructor(readonly source: SeatSource, private readonly lang: () => Language) {}

  get drill(): Drill { return this.source.drill; }
  /** The static world, with the incidents the seat's view knows to name (a curveball is named only from the view). */
  get world(): DrillNames { return viewNames(this.source.world, this.view()); }
  language(): Language { return this.lang(); }
  actingAs(): string { return this.source.team; }
  view(): TeamView { return this.source.view() ?? emptyView(this.source.team); }
  give(order: Order): Promise<OrderOutcome> { return this.source.give(order); }
}
