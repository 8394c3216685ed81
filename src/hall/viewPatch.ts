// A team's view as the hall sends it: whole once (on joining), then only what changed — each top-level value that
// changed, and for each list its new length and the items whose place holds something else. Both sides use this
// file: the room takes the difference (`ViewDiffer`), the seat applies it (`applyViewPatch`), and a seat that
// applies every patch in turn holds exactly the view the room computed. Applying never throws: a patch that does not
// fit the view it claims to follow is a value saying why, and the seat asks for the whole view again.
import type { TeamView } from '../sim/index.ts';
import type { ListChange, ViewChanges } from './protocol.ts';

/** The lists and values of a team's view that a patch may change (every field of TeamView). */
type Field = keyof TeamView;

/**
 * The room's memory of the last view it sent one team: each list's items with their JSON, so the next view is
 * compared item by item and each item is turned into JSON once (an item that is the same object as before — the
 * record's orders — is not turned into JSON at all).
 */
export class ViewDiffer {
  private lists = new Map<Field, { items: readonly unknown[]; json: string[] }>();
  private values = new Map<Field, string>();

  /** What changed from the last view given to this one (null: nothing), and remembers this one as the last. */
  changes(view: TeamView): ViewChanges | null {
    const changes: ViewChanges = { values: {}, lists: {} };
    let changed = false;
    for (const field of Object.keys(view) as Field[]) {
      const value: unknown = view[field];
      if (Array.isArray(value)) {
        const list = this.listChange(field, value);
        if (list !== null) { changes.lists[field] = list; changed = true; }
      } else {
        const json = JSON.stringify(value) ?? 'undefined';
        if (this.values.get(field) !== json) { changes.values[field] = value; changed = true; }
        this.values.set(field, json);
      }
    }
    return changed ? changes : null;
  }

  private listChange(field: Field, items: readonly unknown[]): ListChange | null {
    const before = this.lists.get(field);
    const json: string[] = new Array<string>(items.length);
    const set: [number, unknown][] = [];
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      const same = before !== undefined && i < before.items.length && before.items[i] === item;
      json[i] = same ? before.json[i]! : JSON.stringify(item) ?? 'null';
      if (!same && before?.json[i] !== json[i]) set.push([i, item]);
    }
    this.lists.set(field, { items, json });
    if (before !== undefined && set.length === 0 && before.items.length === items.length) return null;
    return { length: items.length, set };
  }
}

export type Applied = { ok: true; view: TeamView } | { ok: false; problem: string };

/**
 * The view after `changes` (a new object; `view` and its lists are left as they were, unchanged items shared), or why
 * the changes do not fit it: a list field the view lacks, an item outside the list's new length, or a new place of
 * a list that the patch leaves empty.
 */
export function applyViewPatch(view: TeamView, changes: ViewChanges): Applied {
  const next: Record<string, unknown> = { ...view };
  for (const [field, value] of Object.entries(changes.values)) next[field] = value;
  for (const [field, change] of Object.entries(changes.lists)) {
    if (change === undefined) continue;
    const before: unknown = next[field];
    if (!Array.isArray(before)) return { ok: false, problem: `${field} is not a list of the view` };
    const items: unknown[] = before.slice(0, change.length);
    for (const [index, item] of change.set) {
      if (index >= change.length) return { ok: false, problem: `${field}[${index}] is beyond its length ${change.length}` };
      items[index] = item;
    }
    for (let i = before.length; i < change.length; i++) {
      if (!(i in items)) return { ok: false, problem: `${field}[${i}] is new and the patch does not give it` };
    }
    next[field] = items;
  }
  return { ok: true, view: next as unknown as TeamView };
}
