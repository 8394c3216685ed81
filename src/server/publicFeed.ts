// What the projector shows, kept as the drill's events arrive: the public feed (the projector's own rule: what the
// command post's view lets the hall see), the incidents as the command post knows them, and the response level.
// Never the facilitator's hand, a team's learning or a call.
import type { PublicViewMessage } from '../hall/protocol.ts';
import type { SimEvent, TeamView } from '../sim/index.ts';
import { publicEventVisible } from '../ui/projector/publicView.ts';

/** Public events shown on the projector's feed, and the recent events kept to choose them from. */
const feedLength = 30;
const keptEvents = 600;

export class PublicFeed {
  private recent: SimEvent[] = [];
  private responseLevel: string | null = null;

  observe(events: readonly SimEvent[]): void {
    for (const event of events) if (event.type === 'response.levelSet') this.responseLevel = event.level;
    this.recent.push(...events);
    if (this.recent.length > 2 * keptEvents) this.recent = this.recent.slice(-keptEvents);
  }

  /** The projector's view, given the public (command post's) view. */
  view(publicView: TeamView, clock: PublicViewMessage['clock']): PublicViewMessage {
    return {
      clock,
      feed: this.recent.filter((e) => publicEventVisible(e, publicView)).slice(-feedLength),
      incidents: publicView.incidents.map((i) => ({ id: i.id, factor: i.factor, titleZh: i.titleZh, titleEn: i.titleEn, at: i.at, phase: i.phase })),
      responseLevel: this.responseLevel,
    };
  }
}
