// What every selection card is: an element, refreshed in place as the drill moves on (so a half-made choice in
// a drop-down survives), and rebuilt only when the selection or the language changes.
import { h } from '../buildElement.ts';
import type { Child } from '../buildElement.ts';

export interface SelectionCard {
  element: HTMLElement;
  /** Updates what the card shows from the latest snapshot. */
  refresh(): void;
}

/** A card's frame: heading, a line under it, then its sections. */
export function cardFrame(title: string, subtitle: string, sections: readonly Child[], testId: string): HTMLElement {
  return h('div', { className: 'card', attrs: { 'data-testid': testId } }, [
    h('h3', {}, [title]),
    subtitle ? h('p', { className: 'card-subtitle' }, [subtitle]) : null,
    ...sections,
  ]);
}

/** A row of label and value. */
export function fact(label: string, value: Child): HTMLElement {
  return h('div', { className: 'fact' }, [h('span', { className: 'fact-label' }, [label]), h('span', { className: 'fact-value' }, [value])]);
}

/** A titled group of controls. */
export function actions(title: string, children: readonly Child[]): HTMLElement {
  return h('div', { className: 'card-actions' }, [h('h4', {}, [title]), ...children]);
}
