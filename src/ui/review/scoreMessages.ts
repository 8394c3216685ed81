// What the page and the scoring worker say to each other (the request and reply of ../../review/scoreRequest.ts).
import type { ScoreReply } from '../../review/scoreRequest.ts';

export type { ScoreReply, ScoreRequest } from '../../review/scoreRequest.ts';

export type ScoredDrill = Extract<ScoreReply, { ok: true }>;
