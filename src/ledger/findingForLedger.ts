// A review finding sent to the hazard ledger in the sender's language: the problem in both languages (the ledger
// keeps both), the corrective action, who found it, who answers for it and the plan worded by src/i18n — names,
// never ids — then handed to the core's sendFindingToLedger, which decides new item or reopened.
import { findingAction, findingWords } from '../i18n/findingText.ts';
import { contentName } from '../i18n/contentName.ts';
import type { Language } from '../i18n/translate.ts';
import { ui } from '../i18n/ui/uiText.ts';
import type { Finding, HazardItem, World } from '../sim/index.ts';
import { answerableTeam, sendFindingToLedger } from '../sim/index.ts';

export interface SentFinding { items: HazardItem[]; item: HazardItem; reopened: boolean; teamName: string }

/** The ledger after sending `finding` of the drill `world` ran, finished on `finishedOn` (YYYY-MM-DD), written in `lang`. */
export function sendWordedFinding(lang: Language, world: World, items: readonly HazardItem[], finding: Finding, finishedOn: string): SentFinding {
  const { scenario, map } = world.drill;
  const title = lang === 'zh' ? scenario.titleZh : scenario.titleEn;
  const teamName = contentName(world, answerableTeam(finding.owner, map))[lang];
  const sent = sendFindingToLedger(items, {
    owner: finding.owner, deadlineDays: finding.deadlineDays, problem: findingWords(world, finding).problem,
    written: {
      measures: findingAction(lang, finding) || ui(lang, 'ledger.finding.noAction'),
      foundBy: ui(lang, 'ledger.finding.foundBy', { title }),
      responsiblePerson: ui(lang, 'ledger.finding.person', { team: teamName }),
      plan: title,
    },
  }, { scenario, map, finishedOn });
  return { ...sent, teamName };
}

/** What the review tells the hall once a finding is in the ledger: its number, who answers for it and by when. */
export function sentFindingText(lang: Language, sent: SentFinding): string {
  return ui(lang, sent.reopened ? 'ledger.finding.reopened' : 'ledger.finding.added', { number: sent.item.id, team: sent.teamName, deadline: sent.item.deadline });
}
