// The review's scoring, off the page's thread: scores the record posted to it against the drill loaded from the
// bundled content and its reference plan, and posts back the score and curves, or a plain message saying what failed.
import { scoreRequest } from '../../review/scoreRequest.ts';
import { readScoringContent } from './scoringContent.ts';
import type { ScoreReply, ScoreRequest } from './scoreMessages.ts';

// The DOM typings describe a window; in a dedicated worker `self` posts to the page that started it.
const scope = self as unknown as { postMessage(message: ScoreReply): void; addEventListener(type: 'message', listener: (event: MessageEvent<ScoreRequest>) => void): void };

scope.addEventListener('message', (event) => {
  try {
    scope.postMessage(scoreRequest(event.data, readScoringContent));
  } catch (error) {
    scope.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
