// Minute by minute, residents told to go leave for the shelter: the able-bodied partly on their own, the
// vulnerable (elderly living alone, children) only with responders, who move them first.
import type { SimContext } from '../simContext.ts';
import { findShelter } from '../simContext.ts';
import type { VillageState } from '../state/simState.ts';
import type { System } from './system.ts';

const responderCapabilities = new Set(['evacuation', 'transport', 'policing', 'crowdControl']);

/** Crew of units working in the village: units sent there, and the village's own units standing at home. */
function respondersIn(ctx: SimContext, village: string): number {
  let crew = 0;
  for (const unit of ctx.state.units) {
    const def = ctx.world.units.get(unit.id)!;
    if (!def.capabilities.some((c) => responderCapabilities.has(c))) continue;
    const sentHere = unit.status === 'onScene' && unit.target !== null && 'place' in unit.target && unit.target.place === village;
    const home = unit.status === 'atBase' && def.base === village;
    if (sentHere || home) crew += def.crewCount;
  }
  return crew;
}

function moveOneMinute(ctx: SimContext, village: VillageState): void {
  const evacuation = village.evacuation!;
  const shelter = findShelter(ctx, evacuation.shelter)!;
  const { selfSharePerMin, movedPerResponderPerMin } = ctx.world.drill.scenario.evacuation;
  const room = shelter.def.capacity - shelter.state.occupantCount;
  const help = respondersIn(ctx, village.id) * movedPerResponderPerMin + village.helpCarry;
  const helped = Math.floor(help);
  village.helpCarry = help - helped;
  const vulnerable = Math.min(helped, village.atHomeVulnerableCount, room);
  const selfLeaving = ctx.random.binomial('evacuation', village.atHomeCount, selfSharePerMin);
  const able = Math.min(village.atHomeCount, selfLeaving + helped - vulnerable, room - vulnerable);

  village.atHomeVulnerableCount -= vulnerable;
  village.movedVulnerableCount += vulnerable;
  village.atHomeCount -= able;
  village.movedCount += vulnerable + able;
  shelter.state.occupantCount += vulnerable + able;

  const left = village.atHomeCount + village.atHomeVulnerableCount;
  if (left === 0) {
    evacuation.completedS = ctx.state.timeS;
    ctx.emit({ type: 'evacuation.completed', village: village.id, shelter: evacuation.shelter, movedCount: village.movedCount });
  } else if (shelter.state.occupantCount >= shelter.def.capacity && !evacuation.stalled) {
    evacuation.stalled = true;
    ctx.emit({ type: 'shelter.full', shelter: evacuation.shelter, village: village.id });
  }
}

export const evacuationSystem: System = {
  name: 'evacuation',
  cadenceS: 60,
  run(ctx) {
    for (const village of ctx.state.villages) {
      if (village.evacuation && village.evacuation.completedS === null && !village.evacuation.stalled) moveOneMinute(ctx, village);
    }
  },
};
