// Plays the drill's sound cues with Howler at the hall's volume, or not at all when muted. Loaded only when a
// drill opens, so the first page stays light. The same cue never plays twice within a short gap, so a fast
// drill (×60) does not become noise.
import { Howl, Howler } from 'howler';
import type { Cue } from './soundCues.ts';
import { cueFile, cues } from './soundCues.ts';

/** The least time between two plays of one cue: an alarm repeats no more than every few seconds. */
const minGapMs = (cue: Cue): number => (cue === 'alarm' ? 4000 : 400);

export class SoundBoard {
  private readonly sounds = new Map<Cue, Howl>();
  private readonly lastPlayedMs = new Map<Cue, number>();

  constructor(settings: { muted: boolean; volume: number }) {
    for (const cue of cues) this.sounds.set(cue, new Howl({ src: [cueFile(cue)], format: ['wav'], preload: true }));
    this.apply(settings);
  }

  apply(settings: { muted: boolean; volume: number }): void {
    Howler.mute(settings.muted);
    Howler.volume(settings.volume);
  }

  play(cue: Cue, nowMs: number): void {
    if (nowMs - (this.lastPlayedMs.get(cue) ?? -Infinity) < minGapMs(cue)) return;
    this.lastPlayedMs.set(cue, nowMs);
    this.sounds.get(cue)?.play();
  }

  destroy(): void {
    for (const sound of this.sounds.values()) sound.unload();
  }
}
