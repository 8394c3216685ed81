// What the projector shows, kept as the drill's events arrive: the public events (the projector's own rule), the
// incidents the hall knows of, and the response level. Never the facilitator's hand, a team's learning or a call.
import type { PublicViewMessage } from '../hall/protocol.ts';
import type { SimEvent, TeamView } from '../sim/index.ts';
import { publicEventShown } from '../ui/projector/publicView.ts';

/** Public events kept for the projector's feed. */
const feedLength = 30;

export class PublicFeed {
  private readonly discoveredS = new Map<string, number>();
  private feed: SimEvent[] = [];
  private responseLevel: string | null = null;

  observe(events: readonly SimEvent[]): void {
    for (const event of events) {
      if (event.type === 'incident.discovered' && !this.discoveredS.has(event.incident)) this.discoveredS.set(event.incident, event.timeS);
      if (event.type === 'response.levelSet') this.responseLevel = event.level;
      if (publicEventShown(event, (incident) => this.discoveredS.get(incident) ?? null)) this.feed.push(event);
    }
    if (this.feed.length > 2 * feedLength) this.feed = this.feed.slice(-feedLength);
  }

  /** The projector's view, given the truth (whose incidents are shown only once discovered). */
  view(truth: TeamView, clock: PublicViewMessage['clock']): PublicViewMessage {
    return {
      clock,
      feed: this.feed.slice(-feedLength),
      incidents: truth.incidents.filter((i) => this.discoveredS.has(i.id)).map((i) => ({ id: i.id, factor: i.factor, at: i.at, phase: i.phase })),
      responseLevel: this.responseLevel,
    };
  }
}
