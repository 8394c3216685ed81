// The director's inject board, kept from the drill's events: each inject of the scenario, when it is due, and
// whether it was delivered or skipped. Only the director and evaluators ever receive it.
import type { InjectInfo } from '../hall/protocol.ts';
import type { Drill, SimEvent } from '../sim/index.ts';

export class InjectBoard {
  private readonly injects: InjectInfo[];

  constructor(drill: Drill) {
    this.injects = drill.scenario.injects.map((i) => ({ inject: i.id, status: 'pending', dueS: i.atS, to: i.to }));
  }

  observe(events: readonly SimEvent[]): void {
    for (const event of events) {
      const found = 'inject' in event ? this.injects.find((i) => i.inject === event.inject) : undefined;
      if (!found) continue;
      if (event.type === 'inject.delivered') found.status = 'delivered';
      if (event.type === 'inject.skipped') found.status = 'skipped';
      if (event.type === 'inject.deferred') found.dueS = event.dueS;
    }
  }

  list(): InjectInfo[] {
    return this.injects.map((i) => ({ ...i }));
  }
}
