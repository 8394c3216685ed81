// A refused order as a value: a reason code a program can match and a message a person can read.
import type { Bilingual, MessageParams } from '../../i18n/translate.ts';
import { bilingual } from '../../i18n/translate.ts';
import type { MessageKey } from '../../i18n/zhCN.ts';

type ReasonKey = Extract<MessageKey, `reason.${string}`>;
export type RejectionReason = ReasonKey extends `reason.${infer R}` ? R : never;

export interface Rejection { ok: false; reason: RejectionReason; message: Bilingual }
export type OrderOutcome = { ok: true } | Rejection;

export const accepted: OrderOutcome = { ok: true };

/** Whether a guard's result is a refusal rather than the thing it looked up. */
export function isRejection(value: unknown): value is Rejection {
  return typeof value === 'object' && value !== null && (value as { ok?: unknown }).ok === false;
}

export function reject(reason: RejectionReason, params: MessageParams = {}): Rejection {
  return { ok: false, reason, message: bilingual(`reason.${reason}`, params) };
}
