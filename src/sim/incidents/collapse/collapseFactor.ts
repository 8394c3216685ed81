// 塌 Collapse: people trapped under a scaffold, formwork, an old house, a mine roof or a landslide; the machine,
// the rescue physics and the actions players can take on it.
import { collapseMachine } from '../../../machines/collapseMachine.ts';
import { defineFactor } from '../factorDefinition.ts';
import type { CollapseSpec } from './collapseSpec.ts';
import type { CollapsePhysics } from './collapsePhysics.ts';
import { collapseSystem } from './collapseSystem.ts';
import { trappedAtCollapse } from './trappedPeople.ts';

export const collapseFactor = defineFactor<CollapseSpec, CollapsePhysics>({
  factor: 'collapse',
  machine: collapseMachine,
  machineInput: () => undefined,
  initialPhysics: (spec, ctx) => ({
    people: trappedAtCollapse(spec, ctx.random, ctx.state.timeS),
    shoringLeftCrewMin: spec.shoreCrewMin,
    lostCrew: [],
    secondaryCollapseCount: 0,
    crewInRubbleCount: 0,
    lossBookedYuan: 0,
  }),
  systems: [collapseSystem],
  actions: {
    /** Assess the structure, cut power and gas, mark the danger zone and send bystanders out: 住建 inspectors or rescuers. */
    secureSite: { capabilities: ['search', 'fire'] },
    /** Shore the worksite with struts and cribbing before crews go into the voids. */
    shore: { capabilities: ['heavyLifting', 'fire', 'search'] },
  },
});
