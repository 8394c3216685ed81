// A button for something that cannot be undone: the first press arms it (it says what it will do), a second press
// within three seconds does it, so a stray click never deletes anything.
import { button } from '../buildElement.ts';
import type { ElementOptions } from '../buildElement.ts';

const armedForMs = 3000;

export function confirmButton(label: string, confirmLabel: string, action: () => void, options: ElementOptions = {}): HTMLButtonElement {
  let armedUntilMs = 0;
  const element = button(label, () => {
    const now = performance.now();
    if (now < armedUntilMs) { armedUntilMs = 0; action(); return; }
    armedUntilMs = now + armedForMs;
    element.classList.add('armed');
    element.textContent = confirmLabel;
    setTimeout(() => {
      if (performance.now() < armedUntilMs) return;
      element.classList.remove('armed');
      element.textContent = label;
    }, armedForMs + 100);
  }, options);
  return element;
}
