// One team's view as the map and the panels get it: whoever drives the drill (the tabletop's controller, the
// projector, the replay, a seat) pushes a new TeamView when something changed; listeners hear of it and read the
// latest. Nothing here computes a view or reads the drill's state.
import type { TeamView } from '../sim/index.ts';

export class TeamViewFeed {
  private latest: TeamView;
  private readonly listeners = new Set<() => void>();

  constructor(first: TeamView) {
    this.latest = first;
  }

  /** The view pushed last. */
  view(): TeamView {
    return this.latest;
  }

  /** Shows a new view: every listener hears of it once. */
  push(view: TeamView): void {
    this.latest = view;
    for (const listener of [...this.listeners]) listener();
  }

  /** Returns the function that stops listening. */
  onView(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
