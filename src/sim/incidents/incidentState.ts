// One incident's part of the sim state: its lifecycle, its machine's saved snapshot, its physics and its toll —
// typed per factor (told apart by `factor`), so a system reads its own factor's physics and machine without a cast.
import type { CollapseContext, CollapsePhase } from '../../machines/collapseMachine.ts';
import type { CollisionContext, CollisionPhase } from '../../machines/collisionMachine.ts';
import type { CrowdContext, CrowdPhase } from '../../machines/crowdMachine.ts';
import type { ExplosionContext, ExplosionPhase } from '../../machines/explosionMachine.ts';
import type { FireContext, FirePhase } from '../../machines/fireMachine.ts';
import type { FloodContext, FloodPhase } from '../../machines/floodMachine.ts';
import type { HeatContext, HeatPhase } from '../../machines/heatMachine.ts';
import type { PoisoningContext, PoisoningPhase } from '../../machines/poisoningMachine.ts';
import type { Factor } from '../scenario/vocabulary.ts';
import type { CollapsePhysics } from './collapse/collapsePhysics.ts';
import type { CollisionPhysics } from './collision/collisionPhysics.ts';
import type { CrowdPhysics } from './crowd/crowdPhysics.ts';
import type { ExplosionPhysics } from './explosion/explosionPhysics.ts';
import type { FirePhysics } from './fire/firePhysics.ts';
import type { FloodPhysics } from './flood/floodPhysics.ts';
import type { HeatPhysics } from './heat/heatPhysics.ts';
import type { PoisoningPhysics } from './poisoning/poisoningPhysics.ts';

/** `seriousInjuredCount` is the part of `injuredCount` seriously hurt (重伤), which grades the accident. */
export interface CasualtyCounts { deadCount: number; injuredCount: number; seriousInjuredCount: number; missingCount: number }

/** A machine's persisted snapshot as XState saves it (plain JSON): the phase it is in and its context, with XState's own fields. */
export interface SavedMachine<Phase extends string, Context> {
  status: 'active' | 'done' | 'error' | 'stopped';
  value: Phase;
  context: Context;
}

interface IncidentOf<F extends Factor, Phase extends string, Context, Physics> {
  id: string;
  factor: F;
  status: 'pending' | 'active' | 'ended';
  startedS: number | null;
  discoveredS: number | null;
  /** The machine's state as a dotted path (`leaking`, `blast.aftermath`); null before the incident starts. */
  phase: Phase | null;
  phaseHistory: { phase: Phase; atS: number }[];
  /** The machine's persisted snapshot (plain JSON); null before the incident starts. */
  machine: SavedMachine<Phase, Context> | null;
  /** The factor's physics state (plain JSON); null before the incident starts. */
  physics: Physics | null;
  casualties: CasualtyCounts;
  /** Estimated direct loss so far (¥): the scenario's initial estimate plus damage the physics adds. */
  lossYuan: number;
}

export type FireIncident = IncidentOf<'fire', FirePhase, FireContext, FirePhysics>;
export type ExplosionIncident = IncidentOf<'explosion', ExplosionPhase, ExplosionContext, ExplosionPhysics>;
export type CollisionIncident = IncidentOf<'collision', CollisionPhase, CollisionContext, CollisionPhysics>;
export type CollapseIncident = IncidentOf<'collapse', CollapsePhase, CollapseContext, CollapsePhysics>;
export type FloodIncident = IncidentOf<'flood', FloodPhase, FloodContext, FloodPhysics>;
export type CrowdIncident = IncidentOf<'crowd', CrowdPhase, CrowdContext, CrowdPhysics>;
export type PoisoningIncident = IncidentOf<'poisoning', PoisoningPhase, PoisoningContext, PoisoningPhysics>;
export type HeatIncident = IncidentOf<'heat', HeatPhase, HeatContext, HeatPhysics>;

export type IncidentState = FireIncident | ExplosionIncident | CollisionIncident | CollapseIncident | FloodIncident | CrowdIncident | PoisoningIncident | HeatIncident;

/** The incident state of one factor. */
export type IncidentOfFactor<F extends Factor> = Extract<IncidentState, { factor: F }>;

/** An incident that has started (under way or ended): its machine has a snapshot and its physics a state. */
export type StartedIncident<F extends Factor = Factor> = IncidentOfFactor<F> & {
  machine: NonNullable<IncidentOfFactor<F>['machine']>;
  physics: NonNullable<IncidentOfFactor<F>['physics']>;
};

/** An incident under way. */
export type ActiveIncident<F extends Factor = Factor> = StartedIncident<F> & { status: 'active' };

/** Whether an incident is of the factor and has started. */
export function isStartedOf<F extends Factor>(incident: IncidentState, factor: F): incident is StartedIncident<F> {
  return incident.factor === factor && incident.machine !== null && incident.physics !== null;
}

/** Any phase of any factor's machine. */
export type IncidentPhase = NonNullable<IncidentState['phase']>;

export const noCasualties = (): CasualtyCounts => ({ deadCount: 0, injuredCount: 0, seriousInjuredCount: 0, missingCount: 0 });

/** A pending incident of a factor, as the scenario or a curveball adds it: nothing has happened yet. */
export function pendingIncident(id: string, factor: Factor, lossYuan: number): IncidentState {
  return { id, factor, status: 'pending', startedS: null, discoveredS: null, phase: null, phaseHistory: [], machine: null, physics: null, casualties: noCasualties(), lossYuan };
}
