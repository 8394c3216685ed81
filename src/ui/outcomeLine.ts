// The line under a control that says what became of the order just given there: done, or refused and why (the
// core's own reason, worded with the drill's names in the chosen language). A refusal is shown where the order was given.
import { refusalText } from '../i18n/refusalText.ts';
import type { Language } from '../i18n/translate.ts';
import type { OrderOutcome, World } from '../sim/index.ts';
import { h } from './buildElement.ts';

export interface OutcomeLine {
  element: HTMLElement;
  show(result: OrderOutcome, language: Language, doneText: string): void;
  /** A refusal from the form itself (a field left empty), before any order is given. */
  refuse(text: string): void;
  /** A caution before the order is given (a report missing elements): it may still be given. */
  warn(text: string): void;
  clear(): void;
}

export function createOutcomeLine(world: World): OutcomeLine {
  const element = h('p', { className: 'outcome', attrs: { role: 'status', 'aria-live': 'polite', 'data-testid': 'order-outcome' } });
  element.hidden = true;
  return {
    element,
    show(result, language, doneText) {
      element.hidden = false;
      element.classList.toggle('refused', !result.ok);
      element.classList.remove('warned');
      element.textContent = result.ok ? `✓ ${doneText}` : `✗ ${refusalText(world, language, result)}`;
    },
    refuse(text) {
      element.hidden = false;
      element.classList.add('refused');
      element.classList.remove('warned');
      element.textContent = `✗ ${text}`;
    },
    warn(text) {
      element.hidden = false;
      element.classList.remove('refused');
      element.classList.add('warned');
      element.textContent = `⚠ ${text}`;
    },
    clear() {
      element.hidden = true;
      element.textContent = '';
    },
  };
}
