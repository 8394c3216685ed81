// The names a screen shows a team's view with: the static world and the incidents the view knows — a curveball's
// title and factor are only there, never in the world — worked out once per view.
import type { DrillNames } from '../i18n/names.ts';
import { namesWith } from '../i18n/names.ts';
import type { TeamView, World } from '../sim/index.ts';

const namesByView = new WeakMap<TeamView, DrillNames>();

/** The names of what `view` shows (the same object for the same view and world). */
export function viewNames(world: World, view: TeamView): DrillNames {
  const known = namesByView.get(view);
  if (known?.drill === world.drill) return known;
  const names = namesWith(world, view.incidents);
  namesByView.set(view, names);
  return names;
}
