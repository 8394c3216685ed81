// Which sound each moment of a drill makes: an alarm when an incident becomes known or people are hurt, a chirp
// when a unit is sent, a chime when it arrives, the warning's own signal by colour, a radio beep for an inject,
// a buzz for a refused order. The sound files are made by src/cli/makeSounds.ts.
import type { SimEvent } from '../sim/index.ts';

export const cues = ['alarm', 'dispatch', 'arrival', 'radio', 'refused', 'warning-blue', 'warning-yellow', 'warning-orange', 'warning-red'] as const;
export type Cue = (typeof cues)[number];

/** Where each cue's file is served from (public/sounds/, relative to the page). */
export const cueFile = (cue: Cue): string => `sounds/${cue}.wav`;

function cueOf(event: SimEvent): Cue | null {
  switch (event.type) {
    case 'incident.discovered':
    case 'incident.casualties': return 'alarm';
    case 'unit.dispatched':
    case 'county.requested': return 'dispatch';
    case 'unit.arrived':
    case 'county.arrived': return 'arrival';
    case 'inject.delivered': return 'radio';
    case 'warning.issued': return `warning-${event.colour}`;
    default: return null;
  }
}

/** The cues a batch of events calls for, each once, most urgent first. */
export function cuesFor(events: readonly SimEvent[], visible: (event: SimEvent) => boolean): Cue[] {
  const wanted = new Set(events.filter(visible).map(cueOf).filter((c): c is Cue => c !== null));
  return cues.filter((c) => wanted.has(c)).sort((a, b) => urgency(b) - urgency(a));
}

const urgency = (cue: Cue): number => (cue === 'alarm' ? 3 : cue.startsWith('warning') ? 2 : cue === 'radio' ? 1 : 0);
