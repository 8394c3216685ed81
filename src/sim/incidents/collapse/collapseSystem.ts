// 塌 physics every 60 s: the units on scene shore, free and search (rescueWork.ts); those freed live or die by how
// long and how deep they were trapped; work in the rubble may bring a secondary collapse that traps rescuers.
import type { CollapseContext } from '../../../machines/collapseMachine.ts';
import type { SimContext } from '../../simContext.ts';
import type { System } from '../../systems/system.ts';
import { unitsAtIncident } from '../../units/incidentPresence.ts';
import { activeIncidents, recordCasualties, recordLoss, sendToIncident } from '../incidentHost.ts';
import type { ActiveIncident } from '../incidentState.ts';
import type { CollapseSpec } from './collapseSpec.ts';
import type { Crew } from './rescueWork.ts';
import { rescueWork } from './rescueWork.ts';
import type { TrappedPerson } from './trappedPeople.ts';
import { free, trapPeople } from './trappedPeople.ts';
import { detMath } from '../../math/detMath.ts';
import type { CollapsePhysics } from './collapsePhysics.ts';

const cadenceS = 60;

/** The units on scene with the crew they have left, in roster order. */
function crewsOnScene(ctx: SimContext, incident: ActiveIncident<'collapse'>, physics: CollapsePhysics): Crew[] {
  return unitsAtIncident(ctx, incident.id).map((u) => {
    const def = ctx.world.units.get(u.id)!;
    const lost = physics.lostCrew.filter((l) => l.unit === u.id).reduce((n, l) => n + l.count, 0);
    return { unit: u.id, capabilities: def.capabilities, crewCount: Math.max(0, def.crewCount - lost), freeMin: cadenceS / 60, inRubble: false };
  });
}

/** Chance rate per hour of a secondary collapse while crews work in the rubble, by how far the site is made safe. */
function secondaryRatePerHour(spec: CollapseSpec, machine: CollapseContext, shored: boolean): number {
  const rates = spec.secondaryCollapse;
  if (!machine.secured) return rates.unsecuredRatePerHour;
  return shored ? rates.shoredRatePerHour : rates.securedRatePerHour;
}

/** A secondary collapse: shoring is lost, the located are buried again, and each rescuer in the rubble may be trapped. */
function secondaryCollapse(ctx: SimContext, spec: CollapseSpec, physics: CollapsePhysics, inRubble: Crew[]): void {
  physics.secondaryCollapseCount += 1;
  physics.shoringLeftCrewMin = spec.shoreCrewMin;
  for (const p of physics.people) if (p.status === 'located') p.extricateLeftCrewMin = spec.extricateCrewMin[p.depth];
  const { rescuerTrapProbability, trappedDepth } = spec.secondaryCollapse;
  for (const crew of inRubble) {
    const count = ctx.random.binomial('collapse', crew.crewCount, rescuerTrapProbability);
    if (count === 0) continue;
    physics.lostCrew.push({ unit: crew.unit, count });
    physics.people.push(...trapPeople({ count, depth: trappedDepth, atS: ctx.state.timeS, spec, random: ctx.random, rescuerOf: crew.unit }));
  }
}

/** Brings the incident's toll and loss up to what the people's states say (missing goes down as people are located). */
function book(ctx: SimContext, spec: CollapseSpec, incident: ActiveIncident<'collapse'>, physics: CollapsePhysics): void {
  const count = (pick: (p: TrappedPerson) => boolean) => physics.people.filter(pick).length;
  const dead = count((p) => p.status === 'dead');
  const injured = count((p) => p.status === 'alive');
  const serious = count((p) => p.status === 'alive' && p.serious);
  const missing = count((p) => p.status === 'missing');
  const had = incident.casualties;
  recordCasualties(ctx, incident, { deadCount: dead - had.deadCount, injuredCount: injured - had.injuredCount, seriousInjuredCount: serious - had.seriousInjuredCount, missingCount: missing - had.missingCount });
  const { perDead, perSeriousInjured, perInjured } = spec.lossYuan;
  const lossYuan = dead * perDead + serious * perSeriousInjured + (injured - serious) * perInjured;
  recordLoss(ctx, incident, lossYuan - physics.lossBookedYuan);
  physics.lossBookedYuan = lossYuan;
}

function step(ctx: SimContext, spec: CollapseSpec, incident: ActiveIncident<'collapse'>): void {
  const physics = incident.physics;
  const machine = incident.machine.context;
  const crews = crewsOnScene(ctx, incident, physics);
  const work = rescueWork({ people: physics.people, crews, spec, shoringLeftCrewMin: machine.shoringOrdered ? physics.shoringLeftCrewMin : 0, dtMin: cadenceS / 60 });
  if (machine.shoringOrdered) physics.shoringLeftCrewMin = work.shoringLeftCrewMin;
  const medicalOnScene = crews.some((c) => c.crewCount > 0 && c.capabilities.includes('medical'));
  for (const person of work.freed) free(person, spec, ctx.state.timeS, medicalOnScene);
  const shored = machine.shoringOrdered && physics.shoringLeftCrewMin <= 0;
  const inRubble = crews.filter((c) => c.inRubble);
  physics.crewInRubbleCount = inRubble.reduce((n, c) => n + c.crewCount, 0);
  const hazard = inRubble.length > 0 ? 1 - detMath.exp(-(secondaryRatePerHour(spec, machine, shored) * cadenceS) / 3600) : 0;
  const collapsed = hazard > 0 && ctx.random.next('collapse') < hazard;
  if (collapsed) secondaryCollapse(ctx, spec, physics, inRubble);
  book(ctx, spec, incident, physics);
  const missingCount = physics.people.filter((p) => p.status === 'missing').length;
  const locatedCount = physics.people.filter((p) => p.status === 'located').length;
  sendToIncident(ctx, incident, {
    type: 'clock.tick', timeS: ctx.state.timeS, missingCount, locatedCount, remainingCount: missingCount + locatedCount,
    searching: work.searchedCrewMin > 0, extricating: work.extricatedCrewMin > 0, shored: shored && !collapsed, secondaryCollapse: collapsed,
  });
}

export const collapseSystem: System = {
  name: 'collapse',
  cadenceS,
  run(ctx) {
    for (const { spec, incident } of activeIncidents(ctx, 'collapse')) step(ctx, spec, incident);
  },
};
