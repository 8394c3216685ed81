// The facilitator's keyboard shortcuts, handled once for the page: time (space, 1–6, N), the map (arrows, + −,
// F, G), orders (D, R, E, B, W, C, L), the page (T, P, M, ?), and Esc to cancel. Keys typed into a form field or
// while a dialog is open are left alone, and a modifier key (Ctrl, Alt, ⌘) always passes through to the browser.
import { drillSpeeds } from './DrillClock.ts';

export type ShortcutAction =
  | 'togglePause' | 'step' | 'panLeft' | 'panRight' | 'panUp' | 'panDown' | 'zoomIn' | 'zoomOut' | 'fit' | 'legend'
  | 'dispatch' | 'recall' | 'area' | 'report' | 'warning' | 'county' | 'level' | 'language' | 'projector' | 'mute' | 'help' | 'cancel'
  | `speed${(typeof drillSpeeds)[number]}`;

const byKey: Readonly<Record<string, ShortcutAction>> = {
  ' ': 'togglePause', n: 'step', '.': 'step',
  ArrowLeft: 'panLeft', ArrowRight: 'panRight', ArrowUp: 'panUp', ArrowDown: 'panDown',
  '+': 'zoomIn', '=': 'zoomIn', '-': 'zoomOut', f: 'fit', '0': 'fit', g: 'legend',
  d: 'dispatch', r: 'recall', e: 'area', b: 'report', w: 'warning', c: 'county', l: 'level',
  t: 'language', p: 'projector', m: 'mute', '?': 'help', h: 'help', Escape: 'cancel',
  ...Object.fromEntries(drillSpeeds.map((speed, i) => [String(i + 1), `speed${speed}` as ShortcutAction])),
};

function typingInto(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** Calls `run` for each shortcut pressed; returns the function that detaches it. */
export function attachShortcuts(run: (action: ShortcutAction) => void): () => void {
  const onKey = (event: KeyboardEvent): void => {
    if (event.ctrlKey || event.metaKey || event.altKey || typingInto(event.target) || document.querySelector('dialog[open]')) return;
    const action = byKey[event.key.length === 1 ? event.key.toLowerCase() : event.key] ?? byKey[event.key];
    if (!action) return;
    event.preventDefault();
    run(action);
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}
