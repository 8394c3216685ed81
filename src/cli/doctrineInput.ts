// `--doctrine [all|TEAM,TEAM…]` on the command line: which teams the township's doctrine plays, and the player.
// `all` (or the flag alone) is every team of the drill; an unknown team or a broken doctrine file is bad input.
import type { Drill, DoctrinePlayer } from '../sim/index.ts';
import { createDoctrinePlayer, formatProblems, loadDoctrine, teamKindOf, buildWorld, viewTeams } from '../sim/index.ts';
import { readContentFiles } from './readContentFiles.ts';
import { BadInput } from './runCli.ts';

/** `--doctrine` may stand alone (= all): give it its value before parseArgs sees it. */
export function doctrineFlagWithValue(argv: readonly string[]): string[] {
  return argv.flatMap((arg, i) => {
    const next = argv[i + 1];
    const alone = arg === '--doctrine' && (next === undefined || next.startsWith('--') || next.endsWith('.json'));
    return alone ? [arg, 'all'] : [arg];
  });
}

/** Every team the doctrine can play in this drill: the command post, the stations, the villages, the enterprises. */
export function doctrineTeams(drill: Drill): string[] {
  const world = buildWorld(drill);
  return viewTeams(drill).filter((t) => teamKindOf(world, t) !== null);
}

export function doctrineFromArgs(scenarioPath: string, drill: Drill, list: string, seed: string | number): DoctrinePlayer {
  const all = doctrineTeams(drill);
  const teams = list === 'all' ? all : list.split(',').map((t) => t.trim()).filter((t) => t.length > 0);
  if (teams.length === 0) throw new BadInput('--doctrine: name the teams it plays (TEAM,TEAM…) or all');
  const unknown = teams.find((t) => !all.includes(t));
  if (unknown !== undefined) throw new BadInput(`--doctrine: no team "${unknown}" in ${scenarioPath}: use all, command-post, a station, a village or an enterprise with units`);
  const doctrine = loadDoctrine(scenarioPath, readContentFiles, drill);
  if (!doctrine.ok) throw new BadInput(formatProblems(doctrine.problems));
  return createDoctrinePlayer(drill, doctrine.value, { teams, seed });
}
