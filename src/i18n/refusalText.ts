// A refused order's reason as a person reads it: the core's code with its particulars worded through the content's
// names (units, villages, roads, incidents …) and the locale's words for codes. The one wording of a refusal for the
// live outcome line, the review's timeline, the Word report and the CLI.
import type { RecordedOrder, RefusalParams, RejectionReason, World } from '../sim/index.ts';
import { contentName } from './contentName.ts';
import { factorWord } from './factorWord.ts';
import type { Bilingual, Language, MessageParams } from './translate.ts';
import { bilingual, translate } from './translate.ts';

export interface Refusal { reason: RejectionReason; params: RefusalParams }

function wordsOf(world: World, { params }: Refusal): MessageParams {
  const words: MessageParams = {};
  for (const key of ['unit', 'village', 'road', 'shelter', 'incident', 'inject', 'template', 'by', 'team', 'target'] as const) {
    const id = params[key];
    if (id !== undefined) words[key] = contentName(world, id);
  }
  if (params.level !== undefined) words.level = bilingual(`level.${params.level}`);
  if (params.force !== undefined) words.force = bilingual(`force.${params.force}`);
  if (params.action !== undefined) words.action = factorWord('action', world, params.incident ?? '', params.action);
  if (params.what !== undefined) words.what = bilingual(`place.${params.what}`);
  for (const key of ['distanceM', 'agentStepsPerS', 'maxAgentStepsPerS'] as const) {
    const count = params[key];
    if (count !== undefined) words[key] = count;
  }
  if (params.detail !== undefined) words.detail = params.detail;
  return words;
}

/** The reason in words; a particular the record did not keep (records from before they were kept) reads as such. */
export function refusalText(world: World, language: Language, refusal: Refusal): string {
  const unrecorded = translate(language, 'reason.unrecorded');
  return translate(language, `reason.${refusal.reason}`, wordsOf(world, refusal)).replace(/\{\w+\}/g, unrecorded);
}

/** Both languages at once, for the JSON of the CLI and tests. */
export function refusalWords(world: World, refusal: Refusal): Bilingual {
  return { zh: refusalText(world, 'zh', refusal), en: refusalText(world, 'en', refusal) };
}

/** The reason a recorded order was refused, in full; empty for an accepted order. */
export function recordedRefusalText(world: World, language: Language, recorded: RecordedOrder): string {
  return recorded.rejected === null ? '' : refusalText(world, language, { reason: recorded.rejected, params: recorded.refusalParams ?? {} });
}
