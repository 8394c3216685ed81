// The shell every order form opens in: a modal dialog with a title, the form's fields, and a submit button. The
// order goes through the core; a refusal is shown in the dialog with the core's reason, and the dialog stays open
// so the player can put it right. An accepted order closes it once the record holding it is on disk (until then the
// dialog says it is saving; if storage refuses, it says so and stays open).
import type { Language } from '../../i18n/translate.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import type { OrderOutcome, World } from '../../sim/index.ts';
import type { Child } from '../buildElement.ts';
import { button, h } from '../buildElement.ts';
import type { ShownOutcome } from '../outcomeLine.ts';
import { createOutcomeLine } from '../outcomeLine.ts';

export interface FormOptions {
  language: Language;
  /** The drill's world, to word a refusal with its names. */
  world: World;
  title: string;
  testId: string;
  fields: readonly Child[];
  submitLabel: string;
  /** Builds and gives the order; null when the form is not filled in enough to give one. A seat in the hall hears
   *  the outcome later (a promise): the submit button waits for it. */
  submit(): ShownOutcome | null | Promise<OrderOutcome | null>;
  /** Shown when a field the player must fill is empty. */
  incompleteText?: string;
  /** A caution shown before giving the order (null: none); the order is given at the next press, unless the form changes. */
  caution?(): string | null;
  /** The submit button's words once a caution has been shown. */
  sendAnywayLabel?: string;
}

/** Opens the form; returns the dialog (it removes itself from the page when closed). */
export function openFormDialog(options: FormOptions): HTMLDialogElement {
  const { language: lang } = options;
  const outcome = createOutcomeLine(() => options.world);
  const dialog = h('dialog', { className: 'form-dialog', attrs: { 'data-testid': options.testId, 'aria-label': options.title } });
  const close = (): void => dialog.close();
  const submitButton = h('button', { className: 'primary', attrs: { type: 'submit', 'data-testid': 'form-submit' } }, [options.submitLabel]);
  const form = h('form', { attrs: { method: 'dialog' } }, [
    h('h2', {}, [options.title]),
    ...options.fields,
    outcome.element,
    h('div', { className: 'form-buttons' }, [
      button(ui(lang, 'form.cancel'), close, { attrs: { 'data-testid': 'form-cancel' } }),
      submitButton,
    ]),
  ]);
  let cautioned = false;
  form.addEventListener('input', () => {
    if (!cautioned) return;
    cautioned = false;
    submitButton.textContent = options.submitLabel;
    outcome.clear();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const caution = cautioned ? null : options.caution?.() ?? null;
    if (caution !== null) {
      cautioned = true;
      outcome.warn(caution);
      submitButton.textContent = options.sendAnywayLabel ?? options.submitLabel;
      return;
    }
    const settle = (result: ShownOutcome | null): void => {
      if (!result) { outcome.refuse(options.incompleteText ?? ui(lang, 'form.incomplete')); return; }
      if (!result.ok) { outcome.show(result, lang, ''); return; }
      if (!result.durable) { close(); return; }
      outcome.show(result, lang, options.title);
      submitButton.disabled = true;
      // Not saved: the order stands in the drill, so the button stays off (pressing again would give it twice).
      void result.durable.then((saved) => { if (saved) close(); });
    };
    const result = options.submit();
    if (!(result instanceof Promise)) { settle(result); return; }
    submitButton.disabled = true;
    void result.then((r) => { submitButton.disabled = false; settle(r); });
  });
  dialog.append(form);
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  return dialog;
}

/** A labelled field: the label names the control for screen readers and tests. */
export function field(label: string, control: HTMLElement, hint?: string): HTMLElement {
  return h('label', { className: 'field' }, [h('span', { className: 'field-label' }, [label]), control, hint ? h('span', { className: 'field-hint' }, [hint]) : null]);
}
