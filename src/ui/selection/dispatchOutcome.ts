// What the player sees after sending a unit: that it left and when it should arrive — and, when that is far off
// (a patrol car 78 minutes from a fire), a caution at once, while there is still time to send someone nearer.
import { durationText } from '../../i18n/clock.ts';
import type { Language } from '../../i18n/translate.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import type { DispatchResult } from '../../sim/index.ts';
import type { OutcomeLine } from '../outcomeLine.ts';

/** An arrival later than this after the order is worth a caution. */
export const farEtaS = 30 * 60;

/** What to tell after a dispatch: the arrival time, as a caution when it is far off; null when it was refused. */
export function dispatchNotice(result: DispatchResult, lang: Language, unitName: string): { caution: boolean; text: string } | null {
  const sent = result.ok ? result.events.find((e) => e.type === 'unit.dispatched') : undefined;
  if (!sent || sent.type !== 'unit.dispatched') return null;
  const eta = durationText(lang, Math.max(60, Math.round(sent.etaS / 60) * 60));
  const caution = sent.etaS > farEtaS;
  return { caution, text: ui(lang, caution ? 'order.dispatchedFar' : 'order.dispatchedEta', { unit: unitName, eta }) };
}

export function showDispatchOutcome(outcome: OutcomeLine, result: DispatchResult, lang: Language, unitName: string): void {
  const notice = dispatchNotice(result, lang, unitName);
  if (!notice) outcome.show(result, lang, ui(lang, 'order.dispatched', { unit: unitName }));
  else if (notice.caution) outcome.warn(notice.text);
  else outcome.show(result, lang, notice.text);
}
