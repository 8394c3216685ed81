// What orders change on a crowd site before it moves: exits opened, broadcasts heard; then who comes in this
// second — arrivals at the gates (or turned away once the inflow is stopped) and visitors coming back out.
import type { CrowdContext } from '../../../machines/crowdMachine.ts';
import { Goal, Status } from './crowdAgents.ts';
import type { Draw } from './crowdArrivals.ts';
import { arrivalRatesPerMin, enterAt, poissonDraw } from './crowdArrivals.ts';
import type { CrowdSpec } from './crowdSpec.ts';
import type { CrowdPhysics } from './crowdPhysics.ts';

/** Opens the exits ordered open (closed ones, in site order) and lets each new broadcast turn people toward the ways out. */
export function applyOrders(physics: CrowdPhysics, spec: CrowdSpec, machine: CrowdContext, draw: Draw): void {
  for (; physics.exitsOpenedByOrder < machine.exitsOpened; physics.exitsOpenedByOrder++) {
    const closed = physics.exitsOpen.indexOf(false);
    if (closed >= 0) physics.exitsOpen[closed] = true;
  }
  const { agents } = physics;
  for (; physics.broadcastsHeard < machine.broadcasts; physics.broadcastsHeard++) {
    for (let i = 0; i < agents.xM.length; i++) {
      if (agents.status[i] === Status.standing && agents.goal[i] === Goal.bottleneck && draw() < spec.broadcast.leaveShare) agents.goal[i] = Goal.wayOut;
    }
  }
}

/** Arrivals this second (Poisson at each gate's rate) join the queue outside; as many as find room walk in. */
export function admitArrivals(physics: CrowdPhysics, spec: CrowdSpec, options: { elapsedS: number; dtS: number; approachClosed: boolean; inflowStopped: boolean }, draw: Draw): void {
  const rates = arrivalRatesPerMin(spec, options.elapsedS, { inflowStopped: options.inflowStopped, broadcastHeard: physics.broadcastsHeard > 0, approachClosed: options.approachClosed });
  physics.arrivalsPerMin = rates.reduce((a, b) => a + b, 0);
  spec.site.gates.forEach((gate, g) => {
    if (options.inflowStopped) {
      physics.turnedAwayCount += physics.waitingOutside[g]!;
      physics.waitingOutside[g] = 0;
      return;
    }
    physics.waitingOutside[g]! += poissonDraw((rates[g]! / 60) * options.dtS, draw);
    while (physics.waitingOutside[g]! > 0 && physics.agents.xM.length < spec.maxAgents && enterAt(physics.agents, spec, draw, gate, Goal.bottleneck)) {
      physics.waitingOutside[g]! -= 1;
      physics.enteredCount++;
    }
  });
}

/** Visitors whose time beyond the bottleneck is up come back out through it, or leave by the back with one-way flow. */
export function admitReturns(physics: CrowdPhysics, spec: CrowdSpec, options: { timeS: number; oneWayFlow: boolean }, draw: Draw): void {
  while (physics.returnsDueS.length > 0 && physics.returnsDueS[0]! <= options.timeS) {
    if (options.oneWayFlow) physics.leftCount++;
    else if (physics.agents.xM.length >= spec.maxAgents || !enterAt(physics.agents, spec, draw, spec.site.bottleneck, Goal.wayOut)) break;
    physics.returnsDueS.shift();
  }
}
