// The guard clauses every order that moves a unit starts with: the unit exists, the team exists and commands
// it, and the unit is on the map.
import type { SimContext } from '../simContext.ts';
import { findUnit } from '../simContext.ts';
import { rejectUnknownTeam, rejectUnlessCommands } from './authority.ts';
import { reject } from './rejection.ts';

export function commandedUnitOnMap(ctx: SimContext, by: string, unitId: string) {
  const unit = findUnit(ctx, unitId);
  if (!unit) return reject('unknown-unit', { unit: unitId });
  const refused = rejectUnknownTeam(ctx, by) ?? rejectUnlessCommands(ctx, by, unit.def, unit.state);
  if (refused) return refused;
  if (unit.state.status === 'offMap' || unit.state.status === 'incoming') return reject('unit-not-on-map', { unit: unit.def.id });
  return unit;
}
