// Per-client rate limit: a token bucket of `messagesPerSecond` refilled continuously up to `messageBurst`. A client
// over budget has its message dropped and is told so at most once a second (a flood never doubles as an echo).
import { messageBurst, messagesPerSecond } from '../hall/protocol.ts';

export class MessageBudget {
  private tokens = messageBurst;
  private lastMs: number;
  private lastToldMs = -Infinity;
  droppedCount = 0;

  constructor(nowMs: number) {
    this.lastMs = nowMs;
  }

  /** Whether a message arriving now may be handled. */
  take(nowMs: number): boolean {
    this.tokens = Math.min(messageBurst, this.tokens + ((nowMs - this.lastMs) / 1000) * messagesPerSecond);
    this.lastMs = nowMs;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return true;
    }
    this.droppedCount += 1;
    return false;
  }

  /** Whether to tell the client its messages are being dropped (once a second at most). */
  shouldTell(nowMs: number): boolean {
    if (nowMs - this.lastToldMs < 1000) return false;
    this.lastToldMs = nowMs;
    return true;
  }
}
