// Builds DOM elements from plain data. Text is always set as text, never parsed as markup, so scenario content
// written by someone else (titles, briefings, inject messages, names) can never run as script.

export type Child = Node | string | number | null | undefined | false;

export interface ElementOptions {
  className?: string;
  /** Attributes set verbatim (`data-testid`, `aria-label`, `type` …). Never `on…` handlers: use `on`. */
  attrs?: Record<string, string>;
  /** Inline style properties, set through the CSSOM (a `style` attribute would break the Content-Security-Policy). */
  style?: Record<string, string>;
  on?: { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

function toNode(child: Exclude<Child, null | undefined | false>): Node {
  return typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child;
}

/** A new element with its options and children; strings and numbers become text nodes. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, options: ElementOptions = {}, children: readonly Child[] = []): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (options.className) element.className = options.className;
  for (const [name, value] of Object.entries(options.attrs ?? {})) {
    if (/^on/i.test(name)) throw new Error(`buildElement: event handler attributes are not allowed (${name})`);
    if (name.toLowerCase() === 'style') throw new Error('buildElement: use `style`, not a style attribute (the Content-Security-Policy refuses it)');
    element.setAttribute(name, value);
  }
  for (const [property, value] of Object.entries(options.style ?? {})) element.style.setProperty(property, value);
  for (const [type, listener] of Object.entries(options.on ?? {})) element.addEventListener(type, listener as EventListener);
  fill(element, children);
  return element;
}

/** Replaces an element's children. */
export function fill(element: Element, children: readonly Child[]): void {
  element.replaceChildren(...children.filter((c): c is Exclude<Child, null | undefined | false> => c !== null && c !== undefined && c !== false).map(toNode));
}

/** A `<button type="button">` that runs `action` on click. */
export function button(label: string, action: () => void, options: ElementOptions = {}): HTMLButtonElement {
  const attrs = { type: 'button', ...options.attrs };
  return h('button', { ...options, attrs, on: { ...options.on, click: () => action() } }, [label]);
}

/** A `<select>` of `[value, label]` options with one chosen. */
export function select(choices: readonly (readonly [string, string])[], chosen: string | null, options: ElementOptions = {}): HTMLSelectElement {
  const element = h('select', options, choices.map(([value, label]) => h('option', { attrs: { value } }, [label])));
  if (chosen !== null) element.value = chosen;
  return element;
}

/** The value of a select or radio input as one of the allowed choices, typed; null when it is none of them. */
export function chosenOf<T extends string>(input: { value: string }, allowed: readonly T[]): T | null {
  return allowed.find((choice) => choice === input.value) ?? null;
}
