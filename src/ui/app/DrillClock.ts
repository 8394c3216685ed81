// The view's drill clock: real milliseconds in, whole sim seconds out, at the chosen speed. A pause stops
// everything (injects are sim-timed, so they wait too). A slow or hidden frame never lets the drill leap ahead.

/** The speeds the hall can choose, sim seconds per real second. */
export const drillSpeeds = [1, 2, 5, 10, 30, 60] as const;
export type DrillSpeed = (typeof drillSpeeds)[number];

/** Real time counted in one frame at most: a frame after a hidden tab or a long stall counts as this. */
const maxFrameMs = 250;
/** Sim seconds run in one frame at most, whatever the speed. */
const maxSecondsPerFrame = 30;
/** What one press of "step" runs while paused. */
export const stepSeconds = 60;

export class DrillClock {
  private speedValue: DrillSpeed = 1;
  private pausedValue = true;
  /** Sim time earned but not yet run: always 0 ≤ carry < 1 after a frame. */
  private carryS = 0;

  get speed(): DrillSpeed { return this.speedValue; }
  get paused(): boolean { return this.pausedValue; }

  setSpeed(speed: DrillSpeed): void {
    this.speedValue = speed;
  }

  pause(): void {
    this.pausedValue = true;
  }

  resume(): void {
    this.pausedValue = false;
  }

  /** Whole sim seconds to run for `deltaMs` of real time. */
  frame(deltaMs: number): number {
    if (this.pausedValue) return 0;
    this.carryS += (Math.min(Math.max(deltaMs, 0), maxFrameMs) / 1000) * this.speedValue;
    const seconds = Math.min(Math.floor(this.carryS), maxSecondsPerFrame);
    this.carryS = Math.min(this.carryS - seconds, 0.999);
    return seconds;
  }

  /** How far into the next sim second the clock is (0 … 1), so moving tokens glide between whole seconds. */
  fraction(): number {
    return this.pausedValue ? 0 : this.carryS;
  }
}

export function isDrillSpeed(value: number): value is DrillSpeed {
  return (drillSpeeds as readonly number[]).includes(value);
}
