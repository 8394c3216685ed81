// The line under a control that says what became of the order just given there: done, or refused and why (the
// core's own reason, worded with the drill's names in the chosen language). A refusal is shown where the order was given.
// An accepted order reads "saving" until the record holding it is on disk, and only then as done (issue #17: nothing
// is acknowledged that a crash could still lose).
import { refusalText } from '../i18n/refusalText.ts';
import type { Language } from '../i18n/translate.ts';
import { ui } from '../i18n/ui/uiText.ts';
import type { Names } from '../i18n/names.ts';
import type { DispatchResult, OrderOutcome } from '../sim/index.ts';
import { h } from './buildElement.ts';

/** An order's result as the tabletop gives it back: with, once accepted, the promise that its record is on disk. */
export type GivenResult = DispatchResult & { durable?: Promise<boolean> };

/** What the line shows: an outcome, and for an accepted order given here, the promise that it is on disk. */
export type ShownOutcome = OrderOutcome & { durable?: Promise<boolean> };

export interface OutcomeLine {
  element: HTMLElement;
  show(result: ShownOutcome, language: Language, doneText: string): void;
  /** A refusal from the form itself (a field left empty), before any order is given. */
  refuse(text: string): void;
  /** A caution before the order is given (a report missing elements): it may still be given. */
  warn(text: string): void;
  clear(): void;
}

/** `names`: the names to word a refusal with, asked each time (a curveball is named from the view shown then). */
export function createOutcomeLine(names: () => Names): OutcomeLine {
  const element = h('p', { className: 'outcome', attrs: { role: 'status', 'aria-live': 'polite', 'data-testid': 'order-outcome' } });
  element.hidden = true;
  /** Which showing a save's answer belongs to: a later order's line is not overwritten by an earlier save. */
  let shown = 0;
  return {
    element,
    show(result, language, doneText) {
      const showing = ++shown;
      element.hidden = false;
      element.classList.toggle('refused', !result.ok);
      element.classList.remove('warned');
      element.classList.toggle('saving', result.ok && result.durable !== undefined);
      if (!result.ok) element.textContent = `✗ ${refusalText(names(), language, result)}`;
      else if (!result.durable) element.textContent = `✓ ${doneText}`;
      else {
        element.textContent = ui(language, 'order.saving', { done: doneText });
        void result.durable.then((saved) => {
          if (showing !== shown) return;
          element.classList.remove('saving');
          element.classList.toggle('warned', !saved);
          element.textContent = saved ? `✓ ${doneText}` : `⚠ ${ui(language, 'order.notSaved', { done: doneText })}`;
        });
      }
    },
    refuse(text) {
      shown++;
      element.hidden = false;
      element.classList.add('refused');
      element.classList.remove('warned');
      element.textContent = `✗ ${text}`;
    },
    warn(text) {
      shown++;
      element.hidden = false;
      element.classList.remove('refused');
      element.classList.add('warned');
      element.textContent = `⚠ ${text}`;
    },
    clear() {
      shown++;
      element.hidden = true;
      element.textContent = '';
    },
  };
}
