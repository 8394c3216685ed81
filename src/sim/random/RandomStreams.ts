// The sim's only source of chance: one seeded generator per named stream, with state that saves and restores.
import seedrandom from 'seedrandom';

/** Each system draws from its own stream, so a new draw in one system never shifts another's outcomes. */
export const streamNames = ['evacuation', 'county', 'fire', 'explosion', 'collision', 'collapse', 'flood', 'crowd', 'poisoning', 'heat', 'radio'] as const;
export type StreamName = (typeof streamNames)[number];

export type StreamStates = Record<StreamName, seedrandom.State.Arc4>;

export class RandomStreams {
  private readonly generators: Record<StreamName, seedrandom.StatefulPRNG<seedrandom.State.Arc4>>;

  /** Fresh streams from a seed, or the exact continuation of saved ones. */
  constructor(seed: string, saved?: StreamStates) {
    const make = (name: StreamName) =>
      saved?.[name] ? seedrandom('', { state: saved[name] }) : seedrandom(`${seed}/${name}`, { state: true });
    this.generators = Object.fromEntries(streamNames.map((n) => [n, make(n)])) as Record<StreamName, seedrandom.StatefulPRNG<seedrandom.State.Arc4>>;
  }

  /** A uniform number in [0, 1). */
  next(stream: StreamName): number {
    return this.generators[stream].quick();
  }

  /** How many of `trials` independent chances of `probability` come true (an exact binomial draw). */
  binomial(stream: StreamName, trials: number, probability: number): number {
    let hits = 0;
    for (let i = 0; i < trials; i++) if (this.next(stream) < probability) hits++;
    return hits;
  }

  save(): StreamStates {
    return Object.fromEntries(streamNames.map((n) => [n, this.generators[n].state()])) as StreamStates;
  }
}
