// Proportion (响应与事态相称): a response costs what it costs. Against the scenario's reference plan on the same seed —
// the scenario author's measure of the threat — it counts people moved out of villages never at risk, warnings of
// a colour above the threat, units sent beyond the plan's (with the rubric's slack), a response level above the
// grade, and county forces requested that the threat did not call for. Each cost is a 0–1 excess weighed by the
// rubric; over-reaction thus scores below the right response. Without a plan, or once the facilitator has added a
// curveball the plan never met, there is no yardstick and the measure does not apply; nor does it to a drill where
// nobody did anything (doing nothing is not a proportionate response).
import type { DrillRecord } from '../record.ts';
import { responseLevels, TeamCommandPost, warningColours } from '../scenario/vocabulary.ts';
import { incidentVillages } from './participation.ts';
import type { Finding, MeasureResult, ScoringContext } from './scoringContext.ts';
import { notApplicable } from './scoringContext.ts';

type Cost = 'movedNotAtRisk' | 'warningAboveThreat' | 'unitsNeverWorked' | 'levelAboveGrade' | 'countyForNothing';

const highestColour = (record: DrillRecord) => Math.max(-1, ...record.events.flatMap((e) => (e.type === 'warning.issued' ? [warningColours.indexOf(e.colour)] : [])));
const highestLevel = (record: DrillRecord) => Math.max(0, ...record.events.flatMap((e) => (e.type === 'response.levelSet' ? [responseLevels.indexOf(e.level)] : [])));
const unitsSent = (record: DrillRecord, township: Set<string>) => new Set(record.events.flatMap((e) => (e.type === 'unit.dispatched' && township.has(e.unit) ? [e.unit] : [])));
const forcesRequested = (record: DrillRecord) => new Set(record.events.flatMap((e) => (e.type === 'county.requested' ? [e.force] : [])));
const villagesMoved = (record: DrillRecord) => new Set(record.events.flatMap((e) => (e.type === 'evacuation.ordered' ? [e.village] : [])));

/** Each cost's excess over the plan, 0–1, with the figure and the yardstick behind it. */
function excesses(ctx: ScoringContext, plan: DrillRecord): Record<Cost, { excess: number; figure: number; yardstick: number }> {
  const atRisk = new Set([...ctx.drill.scenario.incidents.flatMap((i) => [...incidentVillages(ctx, i.id)]), ...villagesMoved(plan),
    ...(ctx.rubric.expectations?.moves.map((m) => m.village) ?? [])]);
  const safe = ctx.drill.map.villages.filter((v) => !atRisk.has(v.id));
  const safePeople = safe.reduce((n, v) => n + v.population, 0);
  const moved = villagesMoved(ctx.record);
  const movedPeople = safe.filter((v) => moved.has(v.id)).reduce((n, v) => n + v.population, 0);
  const township = new Set(ctx.drill.roster.units.filter((u) => u.owner !== 'county').map((u) => u.id));
  const planUnits = unitsSent(plan, township).size;
  const allowedUnits = Math.ceil(planUnits * (1 + ctx.rubric.proportion.unitsSlackShare));
  const sent = unitsSent(ctx.record, township).size;
  const planForces = forcesRequested(plan);
  const extraForces = [...forcesRequested(ctx.record)].filter((f) => !planForces.has(f)).length;
  const colourSteps = Math.max(0, highestColour(ctx.record) - highestColour(plan));
  const levelSteps = Math.max(0, highestLevel(ctx.record) - highestLevel(plan));
  return {
    movedNotAtRisk: { excess: safePeople === 0 ? 0 : movedPeople / safePeople, figure: movedPeople, yardstick: 0 },
    warningAboveThreat: { excess: Math.min(1, colourSteps / 2), figure: colourSteps, yardstick: highestColour(plan) + 1 },
    unitsNeverWorked: { excess: Math.min(1, Math.max(0, sent - allowedUnits) / Math.max(1, township.size - allowedUnits)), figure: sent, yardstick: allowedUnits },
    levelAboveGrade: { excess: Math.min(1, levelSteps / 2), figure: levelSteps, yardstick: highestLevel(plan) },
    countyForNothing: { excess: Math.min(1, extraForces / 2), figure: extraForces, yardstick: planForces.size },
  };
}

export function proportionateResponse(ctx: ScoringContext): MeasureResult {
  const plan = ctx.planRecord;
  const curveballs = ctx.record.orders.some((o) => o.order.type === 'addIncident' && o.rejected === null);
  const responded = ctx.record.orders.some((o) => o.rejected === null && o.order.by !== 'facilitator');
  if (!plan || curveballs || !responded) return notApplicable;
  const found = excesses(ctx, plan);
  const costs = Object.keys(found) as Cost[];
  const findings: Finding[] = costs.filter((c) => found[c].excess > 0).map((c) => ({ item: 'proportionateResponse', code: `proportion.${c}`,
    params: { figure: found[c].figure, yardstick: found[c].yardstick, excessPct: Math.round(100 * found[c].excess) }, owner: TeamCommandPost, deadlineDays: 30 }));
  const share = Math.max(0, 1 - costs.reduce((n, c) => n + ctx.rubric.proportion[c] * found[c].excess, 0));
  return { applicable: true, share, findings };
}
