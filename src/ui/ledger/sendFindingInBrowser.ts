// The review's "send to the hazard ledger": the finding goes into the ledger this browser keeps (the demo ledger, or
// the one imported or added to here) in the reader's language, and the ledger is kept again, so the coverage board
// shows it. Returns the sentence to tell the hall; a browser that keeps nothing is told so, never a throw.
import type { Language } from '../../i18n/translate.ts';
import { ui } from '../../i18n/ui/uiText.ts';
import { sendWordedFinding, sentFindingText } from '../../ledger/findingForLedger.ts';
import type { Finding, World } from '../../sim/index.ts';
import { browserLedger, keepImported } from './ledgerInBrowser.ts';

export function sendFindingInBrowser(lang: Language, world: World, finding: Finding, finishedAt: string, storage: Storage | null): { ok: boolean; text: string } {
  if (!storage) return { ok: false, text: ui(lang, 'ledger.finding.failed', { reason: ui(lang, 'ledger.finding.noStorage') }) };
  const finishedOn = finishedAt.slice(0, 10);
  const ledger = browserLedger(Number(finishedOn.slice(0, 4)), storage);
  if (!ledger.ok) return { ok: false, text: ui(lang, 'ledger.finding.failed', { reason: ledger.problems.map((p) => `${p.file}: ${p.problem}`).join('; ') }) };
  const sent = sendWordedFinding(lang, world, ledger.value.items, finding, finishedOn);
  keepImported(storage, sent.items);
  return { ok: true, text: sentFindingText(lang, sent) };
}
