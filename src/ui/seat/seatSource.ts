// What a team seat renders and where its orders go: the team's view (never the truth) and a way to give an order
// and hear its outcome. A room in the hall (over the network) and a drill on the phone itself (self-training) both
// provide one, so the seat's screen is the same in either.
import type { Drill, Order, OrderOutcome, TeamView, World } from '../../sim/index.ts';

/** Whether the seat can give orders now: joined, trying to rejoin after a drop, or closed for good. */
export type SeatConnection = 'connected' | 'reconnecting' | 'closed';

export interface SeatSource {
  readonly drill: Drill;
  readonly world: World;
  /** The team this seat plays. */
  readonly team: string;
  /** The team's latest view; null until the first one has arrived. */
  view(): TeamView | null;
  /** Whether the drill's clock is running (false while the director holds it). */
  running(): boolean;
  connection(): SeatConnection;
  /** Gives the order as the seat's team; the outcome is the core's (a refusal is a value, never a throw). */
  give(order: Order): Promise<OrderOutcome>;
  /** Hears every new view, clock or connection change; returns the function that stops listening. */
  subscribe(listener: () => void): () => void;
  /** Leaves the drill (the seat is closed). */
  leave(): void;
}
