// The few calls of a tree's core that the A/B bench uses, typed here so that one runner drives any commit's core:
// these signatures have not changed since before the knowledge work (c5c04b3).
export interface CoreLoaded<T> { ok: true; value: T }
export interface CoreFailed { ok: false; problems: unknown[] }

export interface CoreDrill { scenario: { id: string; durationS: number } }
export interface CoreTimedOrder { atS: number; order: unknown }

export interface CoreSimulation {
  timeS(): number;
  dispatch(order: unknown): { ok: boolean };
  advance(seconds: number): unknown[];
  snapshot(): unknown;
}

export interface CoreApi {
  loadDrill(path: string, read: (path: string) => string | undefined): CoreLoaded<CoreDrill> | CoreFailed;
  parseOrdersFile(file: string, text: string): CoreLoaded<CoreTimedOrder[]> | CoreFailed;
  createSimulation(drill: CoreDrill): CoreSimulation;
  stateHash(state: unknown): string;
  formatProblems(problems: unknown[]): string;
}
