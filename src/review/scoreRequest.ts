// What the scoring worker does with one request, as a pure function of the request and the content it can read:
// load the drill (with the ledger's changes its record keeps) and its reference plan, check the record is of it, score it with its baseline and sample its curves. A problem is a
// message naming the file and what is wrong, never a throw. A record from outside (an imported rehearsal) is scored
// from its orders alone (`fromOrders`): they are replayed and the replay's events are judged, never the file's.
import type { Drill, DrillRecord, DrillScore, ReadContent } from '../sim/index.ts';
import type { HazardCost } from '../sim/index.ts';
import { drillOfRecord, formatProblems, hazardCosts, loadDrill, loadEffects, loadReferencePlan, replay, scoreRecord } from '../sim/index.ts';
import type { DrillSeries } from './drillSeries.ts';
import { drillSeries } from './drillSeries.ts';

export interface ScoreRequest { scenarioPath: string; record: DrillRecord; fromOrders?: boolean }

/**
 * `record` is the record scored: the one sent, or with `fromOrders` the replay of its orders. `costs`: what each
 * open hazard the drill ran with cost, against the same seed and orders without it (none for a `fromOrders` request).
 */
export type ScoreReply = { ok: true; score: DrillScore; series: DrillSeries; record?: DrillRecord; costs: HazardCost[] } | { ok: false; message: string };

/** The hazard effects the township declares (the phase each one's cost is timed by). */
const effectsFile = 'scenarios/ledger/effects.json';

/** What each hazard of the record cost; the effects file only times the phases, so without it the tolls are still compared. */
function costsOf(drill: Drill, record: DrillRecord, readContent: ReadContent): HazardCost[] {
  if (!record.hazards?.length) return [];
  const effects = loadEffects(effectsFile, readContent);
  return hazardCosts(drill, record, effects.ok ? effects.value : []);
}

export function scoreRequest(request: ScoreRequest, readContent: ReadContent): ScoreReply {
  const loaded = loadDrill(request.scenarioPath, readContent);
  if (!loaded.ok) return { ok: false, message: formatProblems(loaded.problems) };
  if (loaded.value.scenario.id !== request.record.scenarioId) {
    return { ok: false, message: `${request.scenarioPath}: the record is of scenario ${request.record.scenarioId}, not ${loaded.value.scenario.id}` };
  }
  // A drill run with the ledger's open hazards, or built from a ledger item, is scored as it was played.
  const played = drillOfRecord(loaded.value, request.record);
  if (!played.ok) return { ok: false, message: formatProblems(played.problems) };
  const drill = played.value;
  const { durationS } = drill.scenario;
  if (request.record.endS > durationS) return { ok: false, message: `the record ends at ${request.record.endS} s, after the drill ends (${durationS} s)` };
  const plan = loadReferencePlan(drill, readContent);
  if (!plan.ok) return { ok: false, message: formatProblems(plan.problems) };
  if (!request.fromOrders) return { ok: true, score: scoreRecord(drill, request.record, plan.value), series: drillSeries(drill, request.record), costs: costsOf(loaded.value, request.record, readContent) };
  const record = replay(drill, request.record.seed, { ...request.record, events: [] }).record();
  return { ok: true, score: scoreRecord(drill, record, plan.value), series: drillSeries(drill, record), record, costs: [] };
}
