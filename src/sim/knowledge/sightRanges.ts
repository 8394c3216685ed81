// How far away each kind of incident can be seen (smoke of a grass fire from kilometres, a gas leak only on the
// spot, carbon monoxide only at the door). Content with defaults: a scenario's incident may set its own `sightM`.
import type { Incident } from '../scenario/incidentSchema.ts';

/** Metres from which a person (a unit, a village, a station) notices the incident, by factor or factor.kind. */
export const defaultSightM: Readonly<Record<string, number>> = {
  'fire.wildland': 3500,
  'fire.building': 200,
  explosion: 30,
  collision: 300,
  collapse: 200,
  flood: 1500,
  crowd: 300,
  'poisoning.toxicRelease': 800,
  'poisoning.foodPoisoning': 50,
  'poisoning.carbonMonoxide': 10,
  heat: 50,
};

/** Phases in which an incident shows nothing from afar (a smouldering fire has no smoke column yet): it is then seen
 *  only on the spot. */
export const concealedPhases: Readonly<Record<string, readonly string[]>> = {
  fire: ['smouldering'],
};

/** Kinds nobody notices before the scenario's discovery, however close: carbon monoxide behind a closed door gives no
 *  sign until someone finds the people it overcame (then the discoverer knows, and the others by the usual ways). */
export const hiddenUntilDiscovered: readonly string[] = ['poisoning.carbonMonoxide'];

/** Closer than this, a team counts the casualties it sees; from farther off it sees only that the incident is there. */
export const onTheSpotM = 150;

/** The distance (m) from which this incident is seen now: on the spot in a concealed phase, else its own `sightM`,
 *  else its kind's default, else its factor's. */
export function sightRangeM(spec: Incident, phase: string | null): number {
  if (phase !== null && concealedPhases[spec.factor]?.includes(phase)) return onTheSpotM;
  let rangeM = openRangeM.get(spec);
  if (rangeM === undefined) {
    rangeM = spec.sightM ?? defaultSightM[kindKey(spec)] ?? defaultSightM[spec.factor] ?? onTheSpotM;
    openRangeM.set(spec, rangeM);
  }
  return rangeM;
}

/** Each spec's range outside a concealed phase, worked out once (the sight system asks every second). */
const openRangeM = new WeakMap<Incident, number>();

/** The incident's key in these tables: `factor.kind` for a factor with kinds, else the factor. */
function kindKey(spec: Incident): string {
  return 'kind' in spec && typeof spec.kind === 'string' ? `${spec.factor}.${spec.kind}` : spec.factor;
}

/** Whether the incident can be seen at all yet: not before its discovery when its kind is hidden until then. */
export function visibleYet(spec: Incident, discoveredS: number | null): boolean {
  return discoveredS !== null || !hiddenUntilDiscovered.includes(kindKey(spec));
}
