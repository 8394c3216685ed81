// A machine's notice in the same second as its incident's change of phase says the same thing twice in the feed
// (火线逼近村庄 / 火线逼近村庄或设施, 明火扑灭 / 明火已扑灭): the feed keeps the phase line and drops the notice.
// The record keeps both; only what is shown is merged.
import type { SimEvent } from '../../sim/index.ts';

/** The events without notices that echo a phase change of the same incident at the same second. */
export function withoutEchoes(events: readonly SimEvent[]): SimEvent[] {
  const phaseChanges = new Set(events.filter((e) => e.type === 'incident.phaseChanged').map((e) => `${e.timeS}|${'incident' in e ? e.incident : ''}`));
  return events.filter((e) => e.type !== 'incident.notice' || !phaseChanges.has(`${e.timeS}|${e.incident}`));
}
