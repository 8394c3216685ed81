// Freezes an object graph all the way down, Maps and Sets included (their set/add/delete/clear throw), so a test
// can prove that nothing writes to it. Typed arrays cannot be frozen: each is copied, and `typedArraysUnchanged`
// says whether every one still holds what it held.
const refuse = (what: string) => () => { throw new TypeError(`${what} of a frozen object graph changed`); };

type View = ArrayBufferView & ArrayLike<number>;

export interface Frozen { typedArraysUnchanged(): boolean }

export function deepFreeze(root: unknown): Frozen {
  const seen = new Set<unknown>();
  const views: { view: View; copy: number[] }[] = [];
  const freeze = (value: unknown): void => {
    if (value === null || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    if (ArrayBuffer.isView(value)) { views.push({ view: value as View, copy: Array.from(value as View) }); return; }
    if (value instanceof Map) {
      for (const [k, v] of value) { freeze(k); freeze(v); }
      Object.assign(value, { set: refuse('a Map'), delete: refuse('a Map'), clear: refuse('a Map') });
    } else if (value instanceof Set) {
      for (const v of value) freeze(v);
      Object.assign(value, { add: refuse('a Set'), delete: refuse('a Set'), clear: refuse('a Set') });
    }
    for (const key of Reflect.ownKeys(value)) freeze((value as Record<PropertyKey, unknown>)[key]);
    Object.freeze(value);
  };
  freeze(root);
  return { typedArraysUnchanged: () => views.every(({ view, copy }) => view.length === copy.length && Array.from(view).every((x, i) => Object.is(x, copy[i]))) };
}
